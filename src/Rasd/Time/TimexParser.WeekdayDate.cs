namespace Rasd.Time;

/// <summary>"الأحد 15 نيسان/أبريل": a weekday told right before the date it falls on is one expression with the date's value.</summary>
internal sealed partial class TimexParser
{
    // a weekday and the full date that follows it name one day: read as two, the weekday would stand as a second timex of
    // that day; they merge only when the date does fall on that weekday (else each keeps its own reading)
    private void MergeWeekdayDates(List<Candidate> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var day = found[k];
            var date = found[k + 1];
            if (day.Type != TimexType.Date || date.Type != TimexType.Date) continue;
            if (day.RangeWithNext || date.RangeWithNext || day.End - day.First > 2) continue;
            if (date.First != day.End || (_facts[day.End - 1] & TimeFact.Weekday) == 0) continue;
            if (date.Parts is not { Day: not null } || day.Begin is not { } a || date.Begin is not { } b || date.Last != b) continue;
            // a Hijri date in numerals ("9/9/1436") is read as a Gregorian one of that year: its weekday says nothing
            if (a.DayOfWeek != b.DayOfWeek || b.Year < 1800) continue;
            found[k] = date with { First = day.First, Skip = day.Skip };
            found.RemoveAt(k + 1);
        }
    }
}
