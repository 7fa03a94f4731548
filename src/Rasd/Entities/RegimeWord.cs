using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A bare "النظام" stands for the Syrian regime, but not before an adjective of order or system ("النظام الدولي", "النظام
/// الضريبي"; data/order_adjectives.tsv).
/// </summary>
public static class RegimeWord
{
    private static readonly HashSet<string> OrderAdjectives = TsvTable.FoldedWords("order_adjectives");
    private static readonly string Regime = ArabicFolding.FoldString("النظام");

    /// <summary>Whether the token at <paramref name="i"/> is "النظام" (any proclitic) followed by such an adjective.</summary>
    public static bool IsOrder(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !OrderAdjectives.Contains(tokens[i + 1].Folded)) return false;
        foreach (var r in tokens[i].Readings)
            if (r.StemWithArticle == Regime) return true;
        return tokens[i].Folded == Regime;
    }
}
