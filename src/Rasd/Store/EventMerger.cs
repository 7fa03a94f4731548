namespace Rasd.Store;

/// <summary>
/// Groups reports of the same event across documents: same type and mode, overlapping time of comparable length,
/// a shared governorate, compatible actors (one side unknown, or a code in common), and never two events of one document.
/// </summary>
public static class EventMerger
{
    /// <summary>Reports spanning at most this many days always have comparable lengths (a day, "this week").</summary>
    public const int ShortSpanDays = 7;

    /// <summary>Beyond <see cref="ShortSpanDays"/>, the longer report may span at most this many times the shorter one.</summary>
    public const int MaxSpanRatio = 3;

    public static List<MergedEvent> Merge(IEnumerable<StoredEvent> events)
    {
        var result = new List<MergedEvent>();
        var open = new Dictionary<(string, string), List<MergedEvent>>();
        foreach (var ev in events.OrderBy(e => e.TimeBegin ?? "", StringComparer.Ordinal).ThenBy(e => e.Id))
        {
            MergedEvent? home = null;
            if (ev.TimeBegin is not null && ev.Governorates.Any())
            {
                var key = (ev.Type, ev.Mode);
                if (!open.TryGetValue(key, out var clusters)) open[key] = clusters = [];
                // sorted by begin: a cluster whose earliest end is before this begin can take no later event
                clusters.RemoveAll(c => string.CompareOrdinal(c.TimeEnd, ev.TimeBegin) < 0);
                home = clusters.FirstOrDefault(c => c.Reports.All(r => SameEvent(r, ev)));
                if (home is null)
                {
                    home = new MergedEvent { Type = ev.Type, Mode = ev.Mode };
                    clusters.Add(home);
                    result.Add(home);
                }
            }
            else
            {
                // without a time or a place nothing shows two reports are one event
                home = new MergedEvent { Type = ev.Type, Mode = ev.Mode };
                result.Add(home);
            }
            home.Reports.Add(ev);
        }
        return result;
    }

    /// <summary>Whether two reports describe one event (see the class summary).</summary>
    public static bool SameEvent(StoredEvent a, StoredEvent b) =>
        a.DocumentId != b.DocumentId
        && a.Type == b.Type && a.Mode == b.Mode
        && a.TimeBegin is not null && b.TimeBegin is not null
        && string.CompareOrdinal(a.TimeBegin, b.TimeEnd) <= 0 && string.CompareOrdinal(b.TimeBegin, a.TimeEnd) <= 0
        && ComparableSpans(a, b)
        && a.Governorates.Intersect(b.Governorates).Any()
        && Compatible(a.Actors, b.Actors) && Compatible(a.Targets, b.Targets);

    /// <summary>
    /// A multi-week tally ("120 killed since the start of the month") is not a report of the one-day attack inside it,
    /// though their times overlap: when either spans more than <see cref="ShortSpanDays"/> days, the longer may be at most
    /// <see cref="MaxSpanRatio"/> times the shorter. Unreadable dates do not block a merge.
    /// </summary>
    public static bool ComparableSpans(StoredEvent a, StoredEvent b)
    {
        if (a.SpanDays is not { } x || b.SpanDays is not { } y) return true;
        var (shorter, longer) = x <= y ? (x, y) : (y, x);
        return longer <= ShortSpanDays || longer <= MaxSpanRatio * shorter;
    }

    private static bool Compatible(List<string> a, List<string> b) => a.Count == 0 || b.Count == 0 || a.Intersect(b).Any();
}
