namespace Rasd.Time;

/// <summary>The parts of a date as written, kept so that a range can carry a missing month or year from its other end.</summary>
/// <param name="Day">Day of month, or null for a month.</param>
/// <param name="Year">The resolved year.</param>
/// <param name="ExplicitYear">Whether the text gave the year.</param>
/// <param name="Part">Part of day suffix (MO, EV, T00:00 …) or null.</param>
internal sealed record DateParts(int? Day, int Month, int Year, bool ExplicitYear, string? Part);

/// <summary>A recognised time over tokens [First, End): type, value, mod, day interval; Skip is the number of folded proclitic chars of the first token outside the span.</summary>
internal sealed record Candidate(int First, int End, TimexType Type, string Value, string? Mod, DateOnly? Begin, DateOnly? Last)
{
    public int Skip { get; init; }

    public DateParts? Parts { get; init; }

    /// <summary>Set by a parser that read both ends of a range at once ("بين 1 و15 أيلول").</summary>
    public bool RangeWithNext { get; init; }

    public int? RangePartner { get; set; }

    public bool IsRangeStart { get; set; }

    /// <summary>Read from a word that points back to a time told before ("آنذاك").</summary>
    public bool IsAnaphoric { get; init; }
}

/// <summary>What a date core resolved to: a calendar value, or an underspecified TIMEX3 string when there is no publication date.</summary>
internal sealed record Core(int End, CalendarValue? Value, string? Fallback)
{
    public int Skip { get; init; }

    public DateParts? Parts { get; init; }

    /// <summary>An exact interval overriding the value's own (a Hijri month, a two-day night).</summary>
    public (DateOnly Begin, DateOnly End)? Interval { get; init; }

    /// <summary>Part of day carried by the core itself ("الليلة").</summary>
    public string? Part { get; init; }

    public bool IsDay => Value is { Granularity: TimeGranularity.Day } || (Value is null && Fallback is not null && !Fallback.StartsWith("UNDEF-REF-month", StringComparison.Ordinal) && !Fallback.StartsWith("UNDEF-REF-year", StringComparison.Ordinal) && !Fallback.StartsWith("UNDEF-REF-week", StringComparison.Ordinal) && Fallback.Count(c => c == '-') >= 2);
}
