namespace Rasd.Records;

/// <summary>A time expression: span, TIMEX3 type/value/mod and, for dates, the resolved day interval.</summary>
public sealed record TimexRecord(int Start, int End, string Text, string Type, string Value, string? Mod)
{
    /// <summary>First and last day the value covers (null for durations, sets and underspecified values).</summary>
    public DayInterval? Interval { get; init; }

    /// <summary>For one end of a range ("من … إلى …"), the index in <c>timexes</c> of the other end.</summary>
    public int? RangePartner { get; init; }
}
