using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A dateline opening a paragraph: places, a comma between them, the outlet in parentheses and a dash
/// ("دبي، الإمارات العربية المتحدة (CNN)-- أعلنت …"). It says where the report was filed, not where anything happened.
/// </summary>
public static class Dateline
{
    // a city, its country and the outlet: a longer opening is a clause, not a dateline
    private const int MaxPlaceTokens = 8;
    private const int MaxOutletTokens = 4;

    /// <summary>The token after the dateline's dash, or 0 when the sentence opens with none.</summary>
    public static int End(IReadOnlyList<Token> tokens, Sentence sentence, IReadOnlyList<EntityMention> mentions)
    {
        int open = -1;
        for (int i = sentence.FirstToken; i < Math.Min(sentence.EndToken, sentence.FirstToken + MaxPlaceTokens + 1); i++)
            if (tokens[i].Folded is "(") { open = i; break; }
        if (open <= sentence.FirstToken + 2) return 0;
        // the last part before the parenthesis is a named place ("الولايات المتحدة الأمريكية"), set off from the city by a comma
        int comma = -1;
        for (int i = sentence.FirstToken + 1; i < open; i++)
        {
            if (tokens[i].IsComma) comma = i;
            else if (!tokens[i].IsWord) return 0;
        }
        if (comma < 0 || !PlaceBetween(mentions, comma + 1, open)) return 0;
        int close = open + 1;
        while (close < sentence.EndToken && close - open <= MaxOutletTokens && tokens[close].Folded != ")") close++;
        if (close >= sentence.EndToken - 1 || tokens[close].Folded != ")" || close == open + 1) return 0;
        return IsDash(tokens[close + 1].Folded) ? close + 2 : 0;
    }

    private static bool PlaceBetween(IReadOnlyList<EntityMention> mentions, int first, int end)
    {
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].Type == EntityType.Loc && mentions[i].FirstToken == first && mentions[i].EndToken == end) return true;
        return false;
    }

    internal static bool IsDash(string text)
    {
        foreach (var c in text)
            if (c is not ('-' or '–' or '—' or '−')) return false;
        return text.Length > 0;
    }
}
