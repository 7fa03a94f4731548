using System.Globalization;

namespace Rasd.Time;

/// <summary>Date arithmetic the resolver needs: weekdays and months before or after a date, Hijri conversion (Umm al-Qura), Easter.</summary>
public static class CalendarMath
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    /// <summary>ISO weekday: Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    /// <summary>The latest day with that weekday on or before (or strictly before) the reference.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly reference, int isoDay, bool strict)
    {
        int back = (IsoDay(reference) - isoDay + 7) % 7;
        if (back == 0 && strict) back = 7;
        return reference.AddDays(-back);
    }

    /// <summary>The latest day with that weekday on or before the reference, unless it is the reference's next day (a date stamped a day early).</summary>
    public static DateOnly WeekdayOnOrBeforeOrNext(DateOnly reference, int isoDay)
    {
        int back = (IsoDay(reference) - isoDay + 7) % 7;
        return back == 6 ? reference.AddDays(1) : reference.AddDays(-back);
    }

    /// <summary>The earliest day with that weekday on or after (or strictly after) the reference.</summary>
    public static DateOnly WeekdayOnOrAfter(DateOnly reference, int isoDay, bool strict)
    {
        int ahead = (isoDay - IsoDay(reference) + 7) % 7;
        if (ahead == 0 && strict) ahead = 7;
        return reference.AddDays(ahead);
    }

    /// <summary>The year of a month named without one: the latest on or before (dir ≤ 0) or the earliest on or after (dir &gt; 0) the reference month; strict excludes the reference month.</summary>
    public static int YearOfMonth(DateOnly reference, int month, int dir, bool strict)
    {
        if (dir > 0) return month > reference.Month || (month == reference.Month && !strict) ? reference.Year : reference.Year + 1;
        return month < reference.Month || (month == reference.Month && !strict) ? reference.Year : reference.Year - 1;
    }

    /// <summary>The latest existing day/month on or before (or strictly before) the reference, going back at most four years (29 February).</summary>
    public static DateOnly? DayBefore(DateOnly reference, int month, int day, bool strict)
    {
        for (int y = reference.Year; y >= reference.Year - 4; y--)
            if (CalendarValue.TryDay(y, month, day) is { } v && (v.AsDate < reference || (!strict && v.AsDate == reference))) return v.AsDate;
        return null;
    }

    /// <summary>The earliest existing day/month on or after (or strictly after) the reference.</summary>
    public static DateOnly? DayAfter(DateOnly reference, int month, int day, bool strict)
    {
        for (int y = reference.Year; y <= reference.Year + 4; y++)
            if (CalendarValue.TryDay(y, month, day) is { } v && (v.AsDate > reference || (!strict && v.AsDate == reference))) return v.AsDate;
        return null;
    }

    private static Calendar HijriFor(int hijriYear) => hijriYear is >= 1319 and <= 1499 ? UmAlQura : Tabular;

    /// <summary>A Hijri date as Gregorian (Umm al-Qura between 1319 and 1499 AH, the tabular calendar outside it); null when it does not exist.</summary>
    public static DateOnly? FromHijri(int year, int month, int day)
    {
        var cal = HijriFor(year);
        try
        {
            if (year < 1 || month is < 1 or > 12 || day < 1 || day > cal.GetDaysInMonth(year, month)) return null;
            return DateOnly.FromDateTime(cal.ToDateTime(year, month, day, 0, 0, 0, 0));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>First and last Gregorian day of a Hijri month.</summary>
    public static (DateOnly Begin, DateOnly End)? HijriMonth(int year, int month)
    {
        if (FromHijri(year, month, 1) is not { } first) return null;
        var cal = HijriFor(year);
        return (first, first.AddDays(cal.GetDaysInMonth(year, month) - 1));
    }

    /// <summary>The Hijri year a Gregorian date falls in.</summary>
    public static int HijriYear(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return UmAlQura.MinSupportedDateTime <= dt && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura.GetYear(dt) : Tabular.GetYear(dt);
    }

    /// <summary>Western Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
