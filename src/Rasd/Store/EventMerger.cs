namespace Rasd.Store;

/// <summary>
/// Groups reports of the same event across documents: same type and mode, overlapping time, a shared governorate,
/// compatible actors (one side unknown, or a code in common), and never two events of one document.
/// </summary>
public static class EventMerger
{
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
        && a.Governorates.Intersect(b.Governorates).Any()
        && Compatible(a.Actors, b.Actors) && Compatible(a.Targets, b.Targets);

    private static bool Compatible(List<string> a, List<string> b) => a.Count == 0 || b.Count == 0 || a.Intersect(b).Any();
}
