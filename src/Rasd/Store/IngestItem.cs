using Rasd.Documents;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>One unit for the writer: a document with its extracted record, or an input that failed and why.</summary>
public sealed record IngestItem(string Origin, Document? Document, RasdRecord? Record, string? Error)
{
    public static IngestItem Extracted(string origin, Document document, RasdRecord record) => new(origin, document, record, null);

    public static IngestItem Failed(string origin, string error) => new(origin, null, null, error);
}

/// <summary>What writing a batch did.</summary>
public sealed record WriteCounts(int Added, int Reprocessed, int Unchanged, int Duplicates, int Events, int Failures)
{
    public static WriteCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public WriteCounts Plus(WriteCounts o) => new(Added + o.Added, Reprocessed + o.Reprocessed, Unchanged + o.Unchanged, Duplicates + o.Duplicates, Events + o.Events, Failures + o.Failures);
}
