using Rasd.Text;

namespace Rasd.Time;

/// <summary>TIMEX3 types.</summary>
public enum TimexType { Date, Time, Duration, Set }

/// <summary>A recognised time expression with its TIMEX3 value and, for dates, the day interval it covers.</summary>
/// <param name="Value">TIMEX3 value: 2021-11-10, 2021-12, 2021-W44, P34D, PRESENT_REF, or an underspecified form without a publication date.</param>
/// <param name="Mod">START, MID, END, APPROX, BEFORE, AFTER or null.</param>
/// <param name="Begin">First day covered (dates only).</param>
/// <param name="End">Last day covered (dates only).</param>
public sealed record Timex(TextSpan Span, int FirstToken, int TokenCount, string Text, TimexType Type, string Value, string? Mod, DateOnly? Begin, DateOnly? End)
{
    /// <summary>Index in the layer of the other end of a range, if this is one end.</summary>
    public int? RangePartner { get; init; }

    /// <summary>True for the start of a range ("منذ مطلع حزيران" in "منذ مطلع حزيران حتى 15 تشرين الأول").</summary>
    public bool IsRangeStart { get; init; }

    /// <summary>True for a word that points back to a time told before ("آنذاك"), whose value is that time's.</summary>
    public bool IsAnaphoric { get; init; }

    public int EndToken => FirstToken + TokenCount;
}
