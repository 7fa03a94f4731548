using Rasd.Records;

namespace Rasd.Store;

/// <summary>An event as stored: the record's event with its store id, document and the time actually used for filtering.</summary>
public sealed class StoredEvent
{
    public long Id { get; init; }

    public long DocumentId { get; init; }

    /// <summary>The document's name (corpus id or file stem).</summary>
    public string? DocumentName { get; init; }

    public string? DocumentSource { get; init; }

    public string? Published { get; init; }

    public string EventKey { get; init; } = "";

    public string Type { get; init; } = "";

    public string Mode { get; init; } = "";

    public string? TimeBegin { get; init; }

    public string? TimeEnd { get; init; }

    /// <summary>The text gave no time, so the publication day stands in.</summary>
    public bool TimeFromPublished { get; init; }

    /// <summary>Who reported it: the event's attributed source, else the document's.</summary>
    public string? Source { get; init; }

    public string? Trigger { get; init; }

    public string? AttackMode { get; init; }

    public string? Summary { get; init; }

    /// <summary>The ACLED mapping as JSON (event_type, sub_event_type, precisions), when the extractor set one.</summary>
    public string? Acled { get; init; }

    public List<string> Actors { get; } = [];

    public List<string> Targets { get; } = [];

    public List<string> Places { get; } = [];

    public List<FigureRecord> Figures { get; } = [];

    public List<SpanRecord> Evidence { get; } = [];

    /// <summary>Days the report's time covers (both ends inclusive), or null without a readable range.</summary>
    public int? SpanDays =>
        DateOnly.TryParseExact(TimeBegin, "yyyy-MM-dd", out var b) && DateOnly.TryParseExact(TimeEnd, "yyyy-MM-dd", out var e)
            ? Math.Max(1, e.DayNumber - b.DayNumber + 1)
            : null;

    /// <summary>Admin-1 codes of the places (SY0703 → SY07).</summary>
    public IEnumerable<string> Governorates => Places.Select(Store.Governorates.GovernorateOf).Distinct();
}
