using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The country a report with nothing Syrian in it is about: the one it names most, and more than once, by the country itself,
/// its capital or a city in it (of equals, the first to reach that count); null when anything in the report is Syrian or no
/// country is named twice.
/// </summary>
/// <remarks>
/// Worked out once per entity layer and kept as a layer of the analysis: every event with a default Syrian code asks it, in
/// <see cref="CivilianNationality"/> and again in <see cref="ReportCountrySides"/>.
/// Syrian evidence is what EntityRecognizer's "شمال البلاد" rule counts, read from the resolved mentions: a Syrian place
/// above a village (a village's name alone is often a common word or a town abroad, "نجران"), Syria itself, or a Syrian actor
/// — but not the civilians, gunmen, opposition or government forces every report is read with by default ("المدنيين" is
/// SYRCVL, "المسلحين" SYRREB, "القوات الحكومية" SYRMIL), unless they are called Syrian, the regime's or Assad's, or are the
/// war's factions ("الفصائل", the Syrian war's word for its armed groups).
/// </remarks>
internal sealed class DocumentCountry
{
    private DocumentCountry(EntityLayer layer, string? code) => (_layer, _code) = (layer, code);

    // the layer the answer was read from: a stage that replaces the entity layer makes the answer stale
    private readonly EntityLayer _layer;
    private readonly string? _code;

    /// <summary>The ISO code of the country the report is about, or null.</summary>
    public static string? Of(Analysis analysis)
    {
        if (analysis.Get<EntityLayer>() is not { } layer) return null;
        if (analysis.Get<DocumentCountry>() is { } known && ReferenceEquals(known._layer, layer)) return known._code;
        var code = MostNamed(layer);
        analysis.Set(new DocumentCountry(layer, code));
        return code;
    }

    private static string? MostNamed(EntityLayer layer)
    {
        Dictionary<string, int>? counts = null;
        string? country = null;
        int best = 0;
        var mentions = layer.Mentions;
        // (an index loop: a foreach over the read-only list would box an enumerator)
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (IsSyrianEvidence(m)) return null;
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
        foreach (var p in m.Places)
            if (p.StartsWith("SY", StringComparison.Ordinal) && !IsVillage(m)) return true;
        if (m.Actor is not { } actor || !actor.StartsWith("SYR", StringComparison.Ordinal)) return false;
        // a named Syrian body, or the regime's forces; not the phrases every report is read with by default (civilians,
        // gunmen, "terrorists", the opposition: SYRCVL, SYRREB, SYROPP) unless they are called Syrian ("اللاجئين السوريين")
        return m.IsNamedEntity || ActorCode.Sector(actor) is "GOV" || ActorCode.Sector(actor) is "MIL" && !IsGenericForces(m.Text)
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
