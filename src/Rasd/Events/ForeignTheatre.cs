namespace Rasd.Events;

/// <summary>
/// "اشتباكات بين طالبان وتنظيم داعش في ننغرهار", "الجيش الوطني الليبي … بعد اشتباكات مع عناصر التنظيمات الإرهابية" in Derna: the
/// jihadist and armed groups whose code is Syrian by default (the annotation's SYRREB) fight abroad as that country's armed
/// group, so an attack or a coercion placed only in one other country takes that country's rebel code.
/// </summary>
internal static class ForeignTheatre
{
    private const string SyrianRebels = "SYRREB";

    /// <summary>Recodes SYRREB as the rebels of the one foreign country every place of an attack or coercion lies in.</summary>
    public static void Recode(List<Event> events)
    {
        foreach (var ev in events)
        {
            // talks, deals and statements abroad are the Syrian groups' own (a delegation in Astana stays Syrian)
            if (ev.Type is not ("ASSAULT" or "COERCE") || ev.Places.Count == 0) continue;
            if (!ev.Actors.Contains(SyrianRebels) && !ev.Targets.Contains(SyrianRebels)) continue;
            if (OneForeignCountry(ev.Places) is not { } iso) continue;
            Replace(ev.Actors, iso + "REB");
            Replace(ev.Targets, iso + "REB");
        }
    }

    // the ISO code every place shares, when none is Syrian (a p-code "SY…" or "SYR"); null otherwise
    private static string? OneForeignCountry(List<string> places)
    {
        string? iso = null;
        foreach (var p in places)
        {
            if (p.Length != 3 || p == "SYR" || p.StartsWith("SY", StringComparison.Ordinal) && char.IsDigit(p[^1])) return null;
            if (iso is null) iso = p;
            else if (iso != p) return null;
        }
        return iso;
    }

    private static void Replace(List<string> codes, string foreign)
    {
        int at = codes.IndexOf(SyrianRebels);
        if (at < 0) return;
        if (codes.Contains(foreign)) codes.RemoveAt(at);
        else codes[at] = foreign;
    }
}
