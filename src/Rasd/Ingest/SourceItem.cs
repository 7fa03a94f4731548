using Rasd.Documents;

namespace Rasd.Ingest;

/// <summary>One item read from a source: a document, or the reason an item could not be read (the batch goes on).</summary>
/// <param name="Origin">Where the item came from: a path, a path#line, a feed item link.</param>
public sealed record SourceItem(string Origin, Document? Document, string? Error)
{
    /// <summary>Something the user should know about a document that was read all the same (a mislabelled encoding, replaced bytes).</summary>
    public string? Warning { get; init; }

    public static SourceItem Ok(string origin, Document document, string? warning = null) => new(origin, document, null) { Warning = warning };

    public static SourceItem Failed(string origin, string error) => new(origin, null, error);
}
