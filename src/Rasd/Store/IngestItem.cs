using Rasd.Documents;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>One unit for the writer: a document with its extracted record, or an input that failed and why.</summary>
public sealed record IngestItem(string Origin, Document? Document, RasdRecord? Record, string? Error)
{
    /// <summary>Per event: its evidence texts, search text and ACLED JSON, prepared on the extracting thread so the single writer only writes.</summary>
    public IReadOnlyList<(List<string?> Evidence, string Search, string? Acled)> EventTexts { get; private init; } = [];

    /// <summary>The record as stored (compact rasd/1 JSON, see <see cref="StoredJson"/>), also made on the extracting thread.</summary>
    public string? Json { get; private init; }

    public static IngestItem Extracted(string origin, Document document, RasdRecord record) => new(origin, document, record, null)
    {
        Json = StoredJson.ForStore(record),
        EventTexts = record.Events.Select(ev =>
        {
            var evidence = ev.Evidence.Select(s => s.Text ?? Slice(document.Text, s)).ToList();
            return (evidence, SearchText.ForIndex(evidence.Append(ev.Summary).Append(ev.Trigger).Append(document.Title)),
                ev.Acled is null ? null : System.Text.Json.JsonSerializer.Serialize(ev.Acled, RecordJson.Compact));
        }).ToList(),
    };

    private static string? Slice(string text, SpanRecord s) =>
        s.Start >= 0 && s.End <= text.Length && s.Start < s.End ? text[s.Start..s.End] : null;

    public static IngestItem Failed(string origin, string error) => new(origin, null, null, error);
}

/// <summary>What writing a batch did.</summary>
public sealed record WriteCounts(int Added, int Reprocessed, int Unchanged, int Duplicates, int Events, int Failures)
{
    public static WriteCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public WriteCounts Plus(WriteCounts o) => new(Added + o.Added, Reprocessed + o.Reprocessed, Unchanged + o.Unchanged, Duplicates + o.Duplicates, Events + o.Events, Failures + o.Failures);
}
