using System.Globalization;

namespace Rasd.Time;

/// <summary>How fine a calendar value is: a day, an ISO week, a month, a quarter, a half, a season or a year.</summary>
public enum TimeGranularity { Day, Week, Month, Quarter, Half, Season, Year }

/// <summary>A calendar value of one granularity (its TIMEX3 value and day interval follow from it): Index is the month, week, quarter, half or season.</summary>
public readonly record struct CalendarValue(TimeGranularity Granularity, int Year, int Index = 0, int Day = 0)
{
    private static readonly string[] Seasons = ["", "SP", "SU", "FA", "WI"];

    public static CalendarValue OfDay(DateOnly d) => new(TimeGranularity.Day, d.Year, d.Month, d.Day);

    public static CalendarValue OfMonth(int year, int month) => new(TimeGranularity.Month, year, month);

    public static CalendarValue OfYear(int year) => new(TimeGranularity.Year, year);

    public static CalendarValue OfWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return new(TimeGranularity.Week, ISOWeek.GetYear(dt), ISOWeek.GetWeekOfYear(dt));
    }

    /// <summary>A day, or null when the day does not exist (31 February).</summary>
    public static CalendarValue? TryDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new(TimeGranularity.Day, year, month, day) : null;

    public DateOnly AsDate => new(Year, Index, Day);

    /// <summary>The TIMEX3 value: 2021-11-10, 2021-W44, 2021-12, 2021-Q4, 2021-H1, 2021-SU, 2021.</summary>
    public string ToTimex() => Granularity switch
    {
        TimeGranularity.Day => $"{Year:D4}-{Index:D2}-{Day:D2}",
        TimeGranularity.Week => $"{Year:D4}-W{Index:D2}",
        TimeGranularity.Month => $"{Year:D4}-{Index:D2}",
        TimeGranularity.Quarter => $"{Year:D4}-Q{Index}",
        TimeGranularity.Half => $"{Year:D4}-H{Index}",
        TimeGranularity.Season => $"{Year:D4}-{Seasons[Index]}",
        _ => $"{Year:D4}",
    };

    /// <summary>First and last day covered.</summary>
    public (DateOnly Begin, DateOnly End) Interval()
    {
        switch (Granularity)
        {
            case TimeGranularity.Day:
                return (AsDate, AsDate);
            case TimeGranularity.Week:
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Index, DayOfWeek.Monday));
                return (monday, monday.AddDays(6));
            case TimeGranularity.Month:
                return (new DateOnly(Year, Index, 1), new DateOnly(Year, Index, DateTime.DaysInMonth(Year, Index)));
            case TimeGranularity.Quarter:
                var q = new DateOnly(Year, (Index - 1) * 3 + 1, 1);
                return (q, q.AddMonths(3).AddDays(-1));
            case TimeGranularity.Half:
                var h = new DateOnly(Year, (Index - 1) * 6 + 1, 1);
                return (h, h.AddMonths(6).AddDays(-1));
            case TimeGranularity.Season:
                // meteorological seasons; winter runs from December into the next year
                var s = new DateOnly(Year, Index * 3, 1);
                return (s, s.AddMonths(3).AddDays(-1));
            default:
                return (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
        }
    }

    /// <summary>The interval narrowed by a part modifier: START, MID and END take the first, middle and last third (days 1–10, 11–20, 21–end of a month; whole months of a year or season).</summary>
    public (DateOnly Begin, DateOnly End) Interval(string? mod)
    {
        var (b, e) = Interval();
        if (mod is not ("START" or "MID" or "END")) return (b, e);
        if (Granularity == TimeGranularity.Month)
            return mod switch
            {
                "START" => (b, b.AddDays(9)),
                "MID" => (b.AddDays(10), b.AddDays(19)),
                _ => (b.AddDays(20), e),
            };
        if (Granularity is TimeGranularity.Year or TimeGranularity.Half or TimeGranularity.Quarter or TimeGranularity.Season)
        {
            int months = (e.Year - b.Year) * 12 + e.Month - b.Month + 1;
            int third = Math.Max(1, months / 3);
            return mod switch
            {
                "START" => (b, b.AddMonths(third).AddDays(-1)),
                "MID" => (b.AddMonths(third), b.AddMonths(months - third).AddDays(-1)),
                _ => (b.AddMonths(months - third), e),
            };
        }
        int days = e.DayNumber - b.DayNumber + 1;
        if (days < 3) return (b, e);
        int d3 = days / 3;
        return mod switch
        {
            "START" => (b, b.AddDays(d3 - 1)),
            "MID" => (b.AddDays(d3), e.AddDays(-d3)),
            _ => (e.AddDays(-d3 + 1), e),
        };
    }
}
