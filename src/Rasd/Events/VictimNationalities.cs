using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "مقتل ثلاثة جنود أتراك", "قتل جنديان أمريكيان": the nationality told right after the people an attack killed or hurt
/// names the side that was hit — its forces for fighters, its civilians for civilians — never the attacker.
/// </summary>
internal static class VictimNationalities
{
    private static readonly Dictionary<string, string> Plurals = Load();

    private static Dictionary<string, string> Load()
    {
        var t = Lexicons.TsvTable.LoadEmbedded("nationality_plurals");
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in t.Rows) d[ArabicFolding.FoldString(t.Cell(r, "plural"))] = t.Cell(r, "iso3");
        return d;
    }

    public static void Apply(Analysis analysis, Event ev)
    {
        if (ev.Type != "ASSAULT" || analysis.Get<FigureLayer>() is not { } layer) return;
        foreach (var i in ev.Figures)
        {
            var f = layer.Figures[i];
            if (f.Role is not ("killed" or "injured") || f.Group is not ("fighters" or "civilians")) continue;
            var sector = f.Group == "fighters" ? "MIL" : "CVL";
            // the adjectives right after the counted noun, past a comma and "و" ("الجنديين، الأمريكي والبريطاني")
            for (int k = analysis.TokenAtOrAfter(f.Span.End), n = 0; k < analysis.Tokens.Count && n < 4; k++, n++)
            {
                var token = analysis.Tokens[k];
                if (token.IsComma) continue;
                if (Country(token) is not { } iso) break;
                var code = iso + sector;
                ev.Actors.Remove(code);
                if (!ev.Targets.Contains(code)) ev.Targets.Add(code);
            }
        }
    }

    internal static string? Country(Token token)
    {
        if (EntityLexicon.Default.AdjectiveCountry(token) is { } iso) return iso;
        foreach (var r in token.Readings)
        {
            if (Plurals.TryGetValue(r.StemWithArticle, out var p) || Plurals.TryGetValue(r.Stem, out p)) return p;
            // "أمريكيين", "إيرانيون", "بريطانيان": the singular adjective and a plural or dual ending
            var s = r.Stem;
            if (s.Length > 4 && (s.EndsWith("يين", StringComparison.Ordinal) || s.EndsWith("يون", StringComparison.Ordinal) || s.EndsWith("يان", StringComparison.Ordinal))
                && EntityLexicon.Default.Adjectives.TryGetValue(s[..^2], out var single)) return single;
        }
        return null;
    }
}
