using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "مندوب قطر لدى الأمم المتحدة", "السفيرة البريطانية لدى الأمم المتحدة": the UN after "لدى" behind an envoy's title
/// (data/envoy_titles.tsv) is where the envoy serves, not a party to what the envoy says or does.
/// </summary>
public static class EnvoyPost
{
    private static readonly HashSet<string> Titles = TsvTable.FoldedWords("envoy_titles");
    private static readonly string At = ArabicFolding.FoldString("لدى");

    /// <summary>Whether the mention is the UN named as an envoy's post.</summary>
    public static bool IsPost(IReadOnlyList<Token> tokens, EntityMention m)
    {
        // (most mentions are not the UN: one string compare)
        if (m.Actor != "IGO" || m.FirstToken < 2 || tokens[m.FirstToken - 1].Folded != At) return false;
        // the title a few words back: its state, a nationality, "الدائم" may stand between
        for (int k = m.FirstToken - 2; k >= Math.Max(0, m.FirstToken - 6) && tokens[k].IsWord; k--)
            foreach (var r in tokens[k].Readings)
                if (Titles.Contains(r.Stem) || Titles.Contains(r.StemWithArticle)) return true;
        return false;
    }
}
