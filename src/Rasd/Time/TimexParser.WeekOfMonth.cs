namespace Rasd.Time;

/// <summary>"الأسبوع الثاني من شباط", "الأسبوع الأخير من حزيران الماضي": the ordinal week of a named month.</summary>
internal sealed partial class TimexParser
{
    private static readonly string WeekWord = Text.ArabicFolding.FoldString("الأسبوع");
    private static readonly string LastWord = Text.ArabicFolding.FoldString("الأخير");

    // the n-th week of a month is its days 7(n-1)+1 … 7n, the last its last seven days, given as the ISO week that holds most
    // of them (the one holding their middle day); without this the ordinal would be read as a day ("الثاني من شباط" is 2 February)
    private Core? WeekOfMonthCore(int j)
    {
        if (W(j) != WeekWord) return null;
        int k = j + 1;
        int? nth = null;
        if (W(k) == LastWord) k++;
        else if (OrdinalAt(k) is { } ord && ord.Value is >= 1 and <= 5)
        {
            nth = (int)ord.Value;
            k = ord.EndToken;
        }
        else return null;
        if (W(k) != "من") return null;
        if (MonthCore(k + 1, false, true) is not { Value: { Granularity: TimeGranularity.Month } month } core) return null;
        var (begin, end) = month.Interval(null);
        var day = nth is { } n ? begin.AddDays(7 * (n - 1) + 3) : end.AddDays(-3);
        if (day > end) return null;
        return new Core(core.End, CalendarValue.OfWeek(day), null);
    }
}
