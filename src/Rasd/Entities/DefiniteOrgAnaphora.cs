using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// Resolves a lone definite head noun ("التنظيم", "الهيئة") to the last organisation named with that head before it
/// ("تنظيم داعش … وأمهل التنظيم مزودي الخدمة"), as an actor phrase with the organisation's code.
/// </summary>
public static class DefiniteOrgAnaphora
{
    private static readonly TokenTrie<HeadNoun> Phrases = Load();

    /// <summary>The folded head and a space (the prefix of the names it refers back to); whether a definite word after it makes a name of its own.</summary>
    private sealed record HeadNoun(string Prefix, bool NamedByAdjective);

    private static TokenTrie<HeadNoun> Load()
    {
        var table = TsvTable.LoadEmbedded("definite_org_anaphors");
        var trie = new TokenTrie<HeadNoun>();
        foreach (var row in table.Rows)
            trie.Add(row[0], new HeadNoun(ArabicFolding.FoldString(table.Cell(row, "head")) + " ", table.Cell(row, "own_name") == "adjective"));
        return trie;
    }

    /// <summary>The layer with an actor mention added for every head noun whose organisation was named before it.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer) => Resolve(analysis, layer, null);

    /// <summary>The first-key bit of the head nouns (reading it loads them).</summary>
    internal static ulong Bit => Phrases.Bit;

    /// <summary>As <see cref="Resolve(Analysis, EntityLayer)"/>, trying only the tokens of <paramref name="starts"/> (<see cref="AnaphorMentions.Starts"/>; null for every token).</summary>
    internal static EntityLayer Resolve(Analysis analysis, EntityLayer layer, List<int>? starts)
    {
        var tokens = analysis.Tokens;
        // made at the first match: most articles have none
        bool[]? covered = null;
        List<EntityMention>? added = null;
        int from = 0;
        foreach (int i in starts ?? AnaphorMentions.Starts(tokens, Phrases.Bit))
        {
            // the matches of TokenTrie.MatchAll: tried where the word may start a phrase, not inside the last match
            if (i < from || (tokens[i].Word.LexiconMask & Phrases.Bit) == 0 || Phrases.Match(tokens, i) is not { } match) continue;
            from = match.EndToken;
            covered ??= AnaphorMentions.Covered(layer, tokens.Count);
            if (covered[match.FirstToken] || match.TokenCount != 1) continue;
            // the head noun followed by a name is that name's own first word ("الجبهة الوطنية"), not a reference back
            // (a country right after it is the next word's own: "وحذر الحلف روسيا من …" refers back)
            if (match.FirstToken + 1 < tokens.Count && covered[match.FirstToken + 1] && !CountryAt(layer.Mentions, match.FirstToken + 1)) continue;
            // "المجلس الوطني", "المجلس الأعلى": for some heads a definite adjective (a nisba: folded ى and ة end it in ي, يه) right
            // after makes a body of its own; a definite noun after it is the verb's object ("وطالب المجلس الأطراف")
            if (match.Value.NamedByAdjective && match.FirstToken + 1 < tokens.Count && IsDefiniteNisba(tokens[match.FirstToken + 1].Folded)) continue;
            var antecedent = Antecedent(layer.Mentions, match);
            if (antecedent is null) continue;
            var span = AnaphorMentions.SpanOf(tokens, match);
            var text = span.Of(analysis.Text);
            (added ??= []).Add(new EntityMention(span, match.FirstToken, 1, text, null, antecedent.CanonicalName, antecedent.Id, antecedent.NameEn, antecedent.Actor, [])
            {
                IsNamedEntity = false,
            });
        }
        return AnaphorMentions.With(layer, added);
    }

    private static bool IsDefiniteNisba(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && (folded.EndsWith('ي') || folded.EndsWith("يه", StringComparison.Ordinal));

    // a country's name starts at the token (a loop: asked only where a head noun meets a name)
    private static bool CountryAt(IReadOnlyList<EntityMention> mentions, int token)
    {
        for (int n = 0; n < mentions.Count; n++)
            if (mentions[n].FirstToken == token && mentions[n].Type == EntityType.Loc && mentions[n].GeoPrecision == 3) return true;
        return false;
    }

    /// <summary>Whether the folded <paramref name="text"/> starts with <paramref name="prefix"/>, folding as it goes (no folded copy is made:
    /// the scan back can look at every organisation named before, at each head noun).</summary>
    private static bool FoldedStartsWith(string text, string prefix)
    {
        int k = 0;
        foreach (char ch in text)
        {
            if (k == prefix.Length) return true;
            char f = ArabicFolding.Fold(ch);
            if (f == ArabicFolding.Removed) continue;
            if (f != prefix[k]) return false;
            k++;
        }
        return k == prefix.Length;
    }

    /// <summary>The last organisation with an actor named before the match whose name begins with the head noun, or null.</summary>
    /// <remarks>A loop, not a lambda: a lambda capturing the match made a closure at every token of the scan.</remarks>
    private static EntityMention? Antecedent(IReadOnlyList<EntityMention> mentions, TrieMatch<HeadNoun> match)
    {
        for (int n = mentions.Count - 1; n >= 0; n--)
        {
            var m = mentions[n];
            if (m.EndToken <= match.FirstToken && m.Type == EntityType.Org && m.Actor is not null
                && FoldedStartsWith(m.Text, match.Value.Prefix)) return m;
        }
        return null;
    }
}
