namespace Rasd.Entities;

/// <summary>
/// Reads from resolved mentions whether a report is Syrian and, if not, which country it is about (the one named most, and
/// more than once, by the country itself, its capital or a city in it; of equals, the first to reach that count).
/// </summary>
/// <remarks>
/// Syrian evidence is what EntityRecognizer's "شمال البلاد" rule counts, read from the resolved mentions: a Syrian place
/// above a village (a village's name alone is often a common word or a town abroad, "نجران"), Syria itself, or a Syrian actor
/// — but not the civilians, gunmen, opposition or government forces every report is read with by default ("المدنيين" is
/// SYRCVL, "المسلحين" SYRREB, "القوات الحكومية" SYRMIL), unless they are called Syrian, the regime's or Assad's, or are the
/// war's factions ("الفصائل", the Syrian war's word for its armed groups); nor a body whose bare name any country's
/// institution bears (<see cref="GenericBodies"/>).
/// </remarks>
public static class ReportCountry
{
    private static bool IsSyrian(IReadOnlyList<EntityMention> mentions)
    {
        // (an index loop: a foreach over the read-only list would box an enumerator)
        for (int k = 0; k < mentions.Count; k++)
            if (IsSyrianEvidence(mentions[k])) return true;
        return false;
    }

    /// <summary>The ISO code of the country a report with nothing Syrian in it is about, or null.</summary>
    public static string? Of(IReadOnlyList<EntityMention> mentions) => IsSyrian(mentions) ? null : MostNamed(mentions);

    // the country named most and at least twice, Syrian evidence or not; null when none is named twice
    private static string? MostNamed(IReadOnlyList<EntityMention> mentions)
    {
        Dictionary<string, int>? counts = null;
        string? country = null;
        int best = 0;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // a country, a capital or a city abroad locates one country, by its ISO code
            if (m.Type != EntityType.Loc || m.Places.Count != 1 || m.Places[0].Length != 3) continue;
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            int n = counts[m.Places[0]] = counts.GetValueOrDefault(m.Places[0]) + 1;
            if (n > best) (country, best) = (m.Places[0], n);
        }
        // named once, a country is more often a party to a story told elsewhere ("وساندت تركيا فصائل المعارضة") than its scene
        return best >= 2 ? country : null;
    }

    private static bool IsSyrianEvidence(EntityMention m)
    {
        if (GenericBodies.IsGeneric(m)) return false;
        foreach (var p in m.Places)
            if (p.StartsWith("SY", StringComparison.Ordinal) && !IsVillage(m)) return true;
        if (m.Actor is not { } actor || !actor.StartsWith("SYR", StringComparison.Ordinal)) return false;
        // a named Syrian body, or the regime's forces; not the phrases every report is read with by default (civilians,
        // gunmen, "terrorists", the opposition: SYRCVL, SYRREB, SYROPP) unless they are called Syrian ("اللاجئين السوريين")
        // (the code's sector read off directly: the entity layer comes before the events' ActorCode in the data flow)
        var sector = actor.AsSpan(3);
        return m.IsNamedEntity || sector is "GOV" || sector is "MIL" && !IsGenericForces(m.Text)
            || m.Text.Contains("سوري", StringComparison.Ordinal)
            || m.Text.Contains("فصائل", StringComparison.Ordinal) || m.Text.Contains("فصيل", StringComparison.Ordinal);
    }

    // "القوات الحكومية", "قوات الجيش": the government's forces by a common noun (read as Syria's by default), not by the
    // regime's, Assad's or Syria's name
    private static bool IsGenericForces(string text) =>
        !text.Contains("نظام", StringComparison.Ordinal) && !text.Contains("الأسد", StringComparison.Ordinal) && !text.Contains("سوري", StringComparison.Ordinal);

    // a community of the OCHA gazetteer (its fine p-code a C-code), not a sub-district, district or governorate
    private static bool IsVillage(EntityMention m) => m.FinePcode is { } fine && fine.StartsWith('C');
}
