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

/// <summary>One row of period statistics: merged events, attacks, reports, and figure totals by role and group (best values).</summary>
public sealed record StatsRow(string Key, int Events, int Attacks, int Reports, decimal ReportedAttacks, SortedDictionary<string, SortedDictionary<string, decimal>> Figures);

/// <summary>Aggregates merged events like a monitoring statement: events, attacks, killed/injured… by group, per week, month or governorate.</summary>
public static class PeriodStats
{
    public static List<StatsRow> Compute(IReadOnlyList<MergedEvent> events, StatsGrouping by, IReadOnlyCollection<string>? onlyGovernorates = null)
    {
        var keyed = events.SelectMany(e => Keys(e, by, onlyGovernorates).Select(k => (Key: k, Event: e)));
        var rows = keyed.GroupBy(x => x.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Select(x => x.Event).ToList())).ToList();
        if (by != StatsGrouping.None) rows.Add(Row("total", events));
        else if (rows.Count == 0) rows.Add(Row("total", []));
        return rows;
    }

    private static StatsRow Row(string key, IReadOnlyList<MergedEvent> events)
    {
        var figures = new SortedDictionary<string, SortedDictionary<string, decimal>>(StringComparer.Ordinal);
        decimal reportedAttacks = 0;
        foreach (var e in events)
            foreach (var f in e.Figures)
            {
                if (f.Role is "attacks" or "strikes") reportedAttacks += f.Best;
                if (!figures.TryGetValue(f.Role, out var groups)) figures[f.Role] = groups = new(StringComparer.Ordinal);
                groups[f.Group] = groups.GetValueOrDefault(f.Group) + f.Best;
            }
        return new StatsRow(key, events.Count, events.Count(e => e.Type == "ASSAULT"), events.Sum(e => e.Reports.Count), reportedAttacks, figures);
    }

    private static IEnumerable<string> Keys(MergedEvent e, StatsGrouping by, IReadOnlyCollection<string>? onlyGovernorates)
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
