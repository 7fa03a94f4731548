namespace Rasd.Events;

/// <summary>
/// A report about one perpetrator's attacks often tells some of them without naming it again ("وأسفرت ثلاث ضربات أخرى …"):
/// when every attack that names its attackers names the same ones (at least twice), the unnamed attacks are theirs.
/// </summary>
public static class DocumentPerpetrator
{
    /// <summary>Gives the document's only perpetrator to its attacks that name none.</summary>
    public static void Fill(IReadOnlyList<Event> events)
    {
        // (the set of modes is made for a report with a named attack only; the events are walked by index, as foreach over the
        // IReadOnlyList would box an enumerator)
        List<string>? perpetrator = null;
        HashSet<string>? modes = null;
        int named = 0;
        for (int i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            if (ev.Type != "ASSAULT" || ev.Actors.Count == 0) continue;
            if (perpetrator is null) perpetrator = [.. ev.Actors];
            else if (perpetrator.Count != ev.Actors.Count || !perpetrator.All(ev.Actors.Contains)) return;
            modes ??= new HashSet<string>(StringComparer.Ordinal);
            if (ev.AttackMode is { } mode) modes.Add(mode);
            named++;
        }
        if (perpetrator is null || modes is null || named < 2) return;
        // only attacks of a kind the perpetrator is said to carry out ("ضربات" in a report on air strikes)
        for (int i = 0; i < events.Count; i++)
        {
            var ev = events[i];
            if (ev.Type == "ASSAULT" && ev.Actors.Count == 0 && ev.Mode == EventMode.Actual && ev.AttackMode is { } m && modes.Contains(m)
                && !perpetrator.Any(ev.Targets.Contains)
                // ("إطلاق صاروخين من غزة باتجاه إسرائيل" in a report of Israeli raids: fire on a state's land is not that state's)
                && !FiredWeapon.HitsLandOf(ev, perpetrator))
                ev.Actors.AddRange(perpetrator);
        }
    }
}
