using System.Globalization;

namespace Rasd.Store;

/// <summary>How stats rows are grouped.</summary>
public enum StatsGrouping
{
    None,
    Week,
    Month,
    Governorate,
}

/// <summary>
/// One row of period statistics: merged events, attacks, reports, and figure totals by role and group (best values).
/// Tallies are figures of events whose time range is longer than the row's bucket (a multi-year toll): kept apart, not summed into Figures.
/// </summary>
public sealed record StatsRow(string Key, int Events, int Attacks, int Reports, decimal ReportedAttacks, SortedDictionary<string, SortedDictionary<string, decimal>> Figures)
{
    /// <summary>Events whose figures went to Tallies instead of Figures.</summary>
    public int TallyEvents { get; init; }

    public SortedDictionary<string, SortedDictionary<string, decimal>> Tallies { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Figures of this row's events the plausibility rule kept out of Figures and Tallies (listed, not silently dropped).</summary>
    public List<ExcludedFigure> Excluded { get; init; } = [];
}

/// <summary>
/// Aggregates merged events like a monitoring statement: events, attacks, killed/injured… by group, per week, month or governorate.
/// Each report's figure must pass the <see cref="Plausibility"/> rule before low/best/high are taken across reports.
/// </summary>
public static class PeriodStats
{
    /// <summary>
    /// Rows per bucket plus a total. A bucket is a week, a calendar month, or (by none/governorate) the period
    /// <paramref name="from"/>..<paramref name="to"/> when both are given; an event longer than its bucket is a tally
    /// (its figures are cumulative, not of that bucket) unless <paramref name="includeTallies"/>.
    /// </summary>
    public static List<StatsRow> Compute(IReadOnlyList<MergedEvent> events, StatsGrouping by, IReadOnlyCollection<string>? onlyGovernorates = null,
        DateOnly? from = null, DateOnly? to = null, bool includeTallies = false, Plausibility? plausibility = null)
    {
        var rule = plausibility ?? Plausibility.Default;
        int? period = from is { } f && to is { } t ? t.DayNumber - f.DayNumber + 1 : null;
        bool IsTally(MergedEvent e, StatsGrouping bucket) => !includeTallies && Span(e) is { } span && BucketDays(e, bucket, period, from) is { } days && span > days;
        var keyed = events.SelectMany(e => Keys(e, by, onlyGovernorates, from).Select(k => (Key: k, Event: e)));
        var rows = keyed.GroupBy(x => x.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Select(x => x.Event).ToList(), e => IsTally(e, by), rule)).ToList();
        // the total's bucket is the period (or none): a monthly tally still counts in a total over a whole year
        var none = StatsGrouping.None;
        if (by != StatsGrouping.None) rows.Add(Row("total", events, e => IsTally(e, none), rule));
        else if (rows.Count == 0) rows.Add(Row("total", [], _ => false, rule));
        return rows;
    }

    private static StatsRow Row(string key, IReadOnlyList<MergedEvent> events, Func<MergedEvent, bool> isTally, Plausibility rule)
    {
        var excluded = new List<ExcludedFigure>();
        var figures = new SortedDictionary<string, SortedDictionary<string, decimal>>(StringComparer.Ordinal);
        var tallies = new SortedDictionary<string, SortedDictionary<string, decimal>>(StringComparer.Ordinal);
        decimal reportedAttacks = 0;
        int tallyEvents = 0;
        foreach (var e in events)
        {
            bool tally = isTally(e);
            if (tally && e.Reports.Any(r => r.Figures.Count > 0)) tallyEvents++;
            foreach (var f in Plausible(e, rule, excluded))
            {
                if (f.Role is "attacks" or "strikes" && !tally) reportedAttacks += f.Best;
                var target = tally ? tallies : figures;
                if (!target.TryGetValue(f.Role, out var groups)) target[f.Role] = groups = new(StringComparer.Ordinal);
                groups[f.Group] = groups.GetValueOrDefault(f.Group) + f.Best;
            }
        }
        return new StatsRow(key, events.Count, events.Count(e => e.Type == "ASSAULT"), events.Sum(e => e.Reports.Count), reportedAttacks, figures)
        {
            TallyEvents = tallyEvents,
            Tallies = tallies,
            Excluded = excluded,
        };
    }

    /// <summary>The event's figures over its plausible reports only; the reports left out go to <paramref name="excluded"/>.</summary>
    private static IEnumerable<MergedFigure> Plausible(MergedEvent e, Plausibility rule, List<ExcludedFigure> excluded)
    {
        foreach (var f in e.Figures)
        {
            var kept = new List<FigureReport>(f.Reports.Count);
            foreach (var r in f.Reports)
            {
                var days = e.Reports.First(x => x.Id == r.EventId).SpanDays;
                if (rule.LimitFor(f.Role, days) is { } limit && r.Value > limit)
                    excluded.Add(new ExcludedFigure(f.Role, f.Group, r.Value, limit, days, r.EventId, r.Document, r.Source));
                else kept.Add(r);
            }
            if (kept.Count == f.Reports.Count) yield return f;
            else if (kept.Count > 0) yield return MergedFigure.From(f.Role, f.Group, kept);
        }
    }

    /// <summary>Days the event covers (the days its reports agree on, inclusive), or null without a readable range.</summary>
    private static int? Span(MergedEvent e) =>
        Day(e.TimeBegin) is { } b && Day(e.TimeEnd) is { } end ? Math.Max(1, end.DayNumber - b.DayNumber + 1) : null;

    private static int? BucketDays(MergedEvent e, StatsGrouping by, int? period, DateOnly? from) => by switch
    {
        StatsGrouping.Week => 7,
        StatsGrouping.Month => Day(e.TimeBegin ?? e.Reports[0].TimeBegin) is { } d ? DateTime.DaysInMonth(Clamp(d, from).Year, Clamp(d, from).Month) : null,
        _ => period,
    };

    private static DateOnly? Day(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    // an event that began before the asked period counts in the period's first bucket, not in a row outside it
    private static DateOnly Clamp(DateOnly d, DateOnly? from) => from is { } f && d < f ? f : d;

    private static IEnumerable<string> Keys(MergedEvent e, StatsGrouping by, IReadOnlyCollection<string>? onlyGovernorates, DateOnly? from)
    {
        switch (by)
        {
            case StatsGrouping.None:
                yield return "total";
                break;
            case StatsGrouping.Week:
            case StatsGrouping.Month:
                var begin = e.TimeBegin ?? e.Reports[0].TimeBegin;
                if (begin is null || !DateOnly.TryParseExact(begin, "yyyy-MM-dd", out var d)) { yield return "undated"; break; }
                d = Clamp(d, from);
                yield return by == StatsGrouping.Month ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}";
                break;
            case StatsGrouping.Governorate:
                // an event over several governorates counts in each of them
                var govs = e.Governorates.Where(g => onlyGovernorates is null || onlyGovernorates.Contains(g)).ToList();
                if (govs.Count == 0) yield return "unknown";
                foreach (var g in govs) yield return g;
                break;
        }
    }
}
