using Rasd.Documents;

namespace Rasd.Ingest;

/// <summary>One item read from a source: a document, or the reason an item could not be read (the batch goes on).</summary>
/// <param name="Origin">Where the item came from: a path, a path#line, a feed item link.</param>
public sealed record SourceItem(string Origin, Document? Document, string? Error)
{
    public static SourceItem Ok(string origin, Document document) => new(origin, document, null);

    public static SourceItem Failed(string origin, string error) => new(origin, null, error);
}
