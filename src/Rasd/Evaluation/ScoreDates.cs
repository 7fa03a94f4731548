using System.Globalization;

namespace Rasd.Evaluation;

/// <summary>score.py's date rules: full dates, YYYY[-MM[-DD]] expansion to day ranges, event time overlap and accuracy.</summary>
public static class ScoreDates
{
    /// <summary>A full ISO date YYYY-MM-DD (ASCII digits, a real date), else null.</summary>
    public static DateOnly? Day(string? v)
    {
        if (v is null || v.Length != 10 || v[4] != '-' || v[7] != '-') return null;
        if (!AllDigits(v, 0, 4) || !AllDigits(v, 5, 2) || !AllDigits(v, 8, 2)) return null;
        // the pattern's \d accepts any decimal digit, but date.fromisoformat then refuses non-ASCII ones
        return Date(int.Parse(v[..4], CultureInfo.InvariantCulture), int.Parse(v[5..7], CultureInfo.InvariantCulture), int.Parse(v[8..], CultureInfo.InvariantCulture));

        static bool AllDigits(string s, int start, int n) => s.AsSpan(start, n).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (anything after a 'T' ignored; any decimal digits) as its first and last day.</summary>
    public static (DateOnly First, DateOnly Last)? Expand(object? v)
    {
        var s = ScoreFields.Trim(v) ?? "";
        var t = s.IndexOf('T');
        if (t >= 0) s = s[..t];
        var pos = 0;
        var y = Digits(s, ref pos, 4);
        if (y is null) return null;
        int? mo = null, d = null;
        if (pos < s.Length)
        {
            if (s[pos++] != '-' || (mo = Digits(s, ref pos, 2)) is null) return null;
            if (pos < s.Length && (s[pos++] != '-' || (d = Digits(s, ref pos, 2)) is null)) return null;
        }
        if (pos != s.Length) return null;
        // Python tests truthiness: a day or month of 00 counts as absent
        if (d is > 0) return Date(y.Value, mo!.Value, d.Value) is { } day ? (day, day) : null;
        if (mo is > 0) return Date(y.Value, mo.Value, 1) is { } first ? (first, LastOfMonth(first)) : null;
        return Date(y.Value, 1, 1) is { } jan ? (jan, new DateOnly(y.Value, 12, 31)) : null;
    }

    private static int? Digits(string s, ref int pos, int count)
    {
        var value = 0;
        for (var k = 0; k < count; k++)
        {
            if (pos >= s.Length) return null;
            var (cp, n) = PyText.CodePointAt(s, pos);
            var str = char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp);
            if (CharUnicodeInfo.GetUnicodeCategory(str, 0) != UnicodeCategory.DecimalDigitNumber) return null;
            value = value * 10 + CharUnicodeInfo.GetDecimalDigitValue(str, 0);
            pos += n;
        }
        return value;
    }

    private static DateOnly? Date(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly LastOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    /// <summary>An event's time ({begin, end} or one string) as a day range, or null for no time.</summary>
    public static (DateOnly First, DateOnly Last)? Interval(object? t)
    {
        object? begin, end;
        if (t is string) begin = end = t;
        else if (t is PyDict d)
        {
            begin = d.Get("begin");
            end = d.Get("end");
        }
        else return null;
        var b = Expand(begin);
        var e = Expand(end);
        if (b is null && e is null) return null;
        var lo = (b ?? e)!.Value.First;
        var hi = (e ?? b)!.Value.Last;
        return lo <= hi ? (lo, hi) : (hi, lo);
    }

    /// <summary>A gold event without time matches any prediction's time; otherwise the ranges must overlap.</summary>
    public static bool TimesOverlap((DateOnly First, DateOnly Last)? g, (DateOnly First, DateOnly Last)? p) =>
        g is null || (p is not null && p.Value.First <= g.Value.Last && g.Value.First <= p.Value.Last);

    /// <summary>Begin and end within 1 day of gold; both in gold's month when gold is exactly one calendar month.</summary>
    public static bool TimeOk((DateOnly First, DateOnly Last)? g, (DateOnly First, DateOnly Last)? p)
    {
        if (g is null || p is null) return g is null && p is null;
        var (g0, g1) = g.Value;
        var (p0, p1) = p.Value;
        // score.py re-expands f"{g0:%Y-%m}"; strftime leaves years below 1000 unpadded, which never expands
        var oneMonth = g0.Year >= 1000 && g0.Day == 1 && g1 == LastOfMonth(g0);
        if (oneMonth) return p0.Year == g0.Year && p0.Month == g0.Month && p1.Year == g0.Year && p1.Month == g0.Month;
        return Math.Abs(p0.DayNumber - g0.DayNumber) <= 1 && Math.Abs(p1.DayNumber - g1.DayNumber) <= 1;
    }

    /// <summary>"YYYY-MM-DD..YYYY-MM-DD" or "no-time".</summary>
    public static string Show((DateOnly First, DateOnly Last)? t) =>
        t is { } r ? $"{Iso(r.First)}..{Iso(r.Last)}" : "no-time";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
