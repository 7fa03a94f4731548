namespace Rasd.Records;

/// <summary>An event: PLOVER type, mode, time, actors, targets, places, figures, source and evidence sentences.</summary>
public sealed record EventRecord(string Id, string Type, string Mode)
{
    public DayInterval? Time { get; init; }

    public List<string> Actors { get; init; } = [];

    public List<string> Targets { get; init; } = [];

    public List<string> Places { get; init; } = [];

    public List<FigureRecord> Figures { get; init; } = [];

    public string? Source { get; init; }

    public List<SpanRecord> Evidence { get; init; } = [];

    /// <summary>The trigger word(s) as written.</summary>
    public string? Trigger { get; init; }

    /// <summary>For ASSAULT: air strike, shelling, explosion, armed clash, chemical…</summary>
    public string? AttackMode { get; init; }

    public string? Summary { get; init; }

    /// <summary>ACLED event_type / sub_event_type and geo/time precision.</summary>
    public IReadOnlyDictionary<string, object?>? Acled { get; init; }
}

/// <summary>A figure: role, group, value with its qualifier and UCDP-style low/high, and where it was read.</summary>
public sealed record FigureRecord(string Role, string Group, decimal Value, string Qualifier)
{
    public decimal? Low { get; init; }

    public decimal? High { get; init; }

    /// <summary>Vague amounts ("عشرات") have a floor only.</summary>
    public bool Vague { get; init; }

    /// <summary>Counted in addition to the total it follows ("بالإضافة إلى"), rather than inside it ("من بينهم").</summary>
    public string? Relation { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public string? Text { get; init; }
}
