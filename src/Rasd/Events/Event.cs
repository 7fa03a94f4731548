using Rasd.Text;

namespace Rasd.Events;

/// <summary>An extracted event: one happening, with every mention's evidence.</summary>
public sealed class Event
{
    public Event() => Triggers = [];

    /// <summary>An event told by these triggers (the list becomes the event's own).</summary>
    internal Event(List<TriggerMatch> triggers) => Triggers = triggers;

    public required string Type { get; init; }

    public EventMode Mode { get; set; }

    public DateOnly? Begin { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>Whether the time came from the text (a timex) rather than the publication date.</summary>
    public bool TimeFromText { get; set; }

    /// <summary>Whether that time came from a word pointing back to one told before ("آنذاك"): a background happening.</summary>
    public bool TimeFromAnaphor { get; set; }

    /// <summary>Days to move the time by once it is known, for an event told as "غداة X" with no time of its own yet (<see cref="RelativeDays"/>).</summary>
    internal int PendingDayShift { get; set; }

    /// <summary>Whether this is one of several counted deeds of one sentence, each by its own doer (<see cref="CountedClauses"/>).</summary>
    internal bool OwnCountedClause { get; set; }

    /// <summary>Whether this is a count over a period of its own, told beside a deed of one day (<see cref="PeriodTally"/>).</summary>
    internal bool IsPeriodTally { get; set; }

    public List<string> Actors { get; } = [];

    public List<string> Targets { get; } = [];

    /// <summary>Governorate p-codes or ISO alpha-3 codes.</summary>
    public List<string> Places { get; } = [];

    /// <summary>The region mentions (several governorates each) that <see cref="Places"/> came from, for <see cref="RegionNarrowing"/>.</summary>
    /// <remarks>Made when first asked for: most events take no place from a region.</remarks>
    internal List<Entities.EntityMention> Regions => _regions ??= [];

    /// <summary>Whether any region is recorded (asked without making the list).</summary>
    internal bool HasRegions => _regions is { Count: > 0 };

    private List<Entities.EntityMention>? _regions;

    /// <summary>Finer place detail for exports: name, fine p-code, coordinates and ACLED geo precision of the most precise place.</summary>
    public PlaceDetail? Location { get; set; }

    /// <summary>Indices into the figures layer.</summary>
    public List<int> Figures { get; } = [];

    public string? Source { get; set; }

    public string? AttackMode { get; set; }

    public List<TriggerMatch> Triggers { get; }

    /// <summary>Sentence indices of every mention, in text order.</summary>
    public SentenceSet Sentences { get; } = new();

    public TextSpan FirstTrigger => Triggers[0].Span;

    /// <summary>The same mention with no actors yet: triggers, mode, time, places, targets, figures and source copied.</summary>
    /// <remarks>Kept beside the fields so that a new field is copied too (<see cref="SeparateCalls"/> gives each caller its own copy).</remarks>
    internal Event CopyWithoutActors()
    {
        var copy = new Event([.. Triggers])
        {
            Type = Type,
            Mode = Mode,
            Begin = Begin,
            End = End,
            TimeFromText = TimeFromText,
            TimeFromAnaphor = TimeFromAnaphor,
            PendingDayShift = PendingDayShift,
            OwnCountedClause = OwnCountedClause,
            IsPeriodTally = IsPeriodTally,
            Location = Location,
            Source = Source,
            AttackMode = AttackMode,
        };
        copy.Targets.AddRange(Targets);
        copy.Places.AddRange(Places);
        if (HasRegions) copy.Regions.AddRange(Regions);
        copy.Figures.AddRange(Figures);
        foreach (var s in Sentences) copy.Sentences.Add(s);
        return copy;
    }
}

/// <summary>The most precise place of an event, for ACLED-style exports.</summary>
public sealed record PlaceDetail(string Name, string? Pcode, double? Latitude, double? Longitude, int Precision);
