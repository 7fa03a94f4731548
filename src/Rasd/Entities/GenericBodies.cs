using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A Syrian body named by a bare name that any country's institution bears (data/generic_body_names.tsv: "الدفاع المدني",
/// "الحرس الجمهوري", "الدفاع الوطني"): in a report with nothing Syrian in it, it is the institution of the country the report
/// is about ("هرعت طواقم الدفاع المدني" in a report on Gaza), or no entity when the phrase names no body there ("قانون تفويض
/// الدفاع الوطني"). A report that names no country twice keeps the Syrian reading.
/// </summary>
public static class GenericBodies
{
    private static readonly Dictionary<string, (string Generic, string Name, string? Abroad)> Names = Load();

    private static Dictionary<string, (string, string, string?)> Load()
    {
        var t = TsvTable.LoadEmbedded("generic_body_names");
        var d = new Dictionary<string, (string, string, string?)>(StringComparer.Ordinal);
        foreach (var r in t.Rows)
        {
            var abroad = t.Cell(r, "abroad");
            // kept without its article, folded: "للحرس الجمهوري" ends with "حرس الجمهوري" as "الحرس الجمهوري" does
            var name = t.Cell(r, "generic_name");
            var generic = ArabicFolding.FoldString(name);
            if (generic.StartsWith("ال", StringComparison.Ordinal)) generic = generic[2..];
            d[t.Cell(r, "id")] = (generic, name, abroad == "none" ? null : abroad);
        }
        return d;
    }

    /// <summary>Whether the mention names a listed body by its bare, generic name (not "الدفاع المدني السوري").</summary>
    public static bool IsGeneric(EntityMention m) =>
        m.Id is { } id && Names.TryGetValue(id, out var n) && ArabicFolding.FoldString(m.Text).EndsWith(n.Generic, StringComparison.Ordinal);

    /// <summary>The layer with each generic name of a report on another country given to that country, or dropped.</summary>
    public static EntityLayer Resolve(EntityLayer layer)
    {
        var mentions = layer.Mentions;
        int first = -1;
        for (int k = 0; k < mentions.Count && first < 0; k++)
            if (IsGeneric(mentions[k])) first = k;
        // (a report that names no country twice is read as Syria news, as its other common names are)
        if (first < 0 || ReportCountry.Of(mentions) is not { } country) return layer;
        var kept = new List<EntityMention>(mentions.Count);
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (k < first || !IsGeneric(m)) { kept.Add(m); continue; }
            var (_, name, abroad) = Names[m.Id!];
            if (abroad is null) continue;
            kept.Add(m with { Id = "org:" + name, CanonicalName = name, NameEn = null, Actor = country + abroad });
        }
        return new EntityLayer(kept);
    }
}
