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
    private static readonly TokenTrie<string> Phrases = Load();

    private static TokenTrie<string> Load()
    {
        var table = TsvTable.LoadEmbedded("definite_org_anaphors");
        var trie = new TokenTrie<string>();
        foreach (var row in table.Rows) trie.Add(row[0], ArabicFolding.FoldString(table.Cell(row, "head")) + " ");
        return trie;
    }

    /// <summary>The layer with an actor mention added for every head noun whose organisation was named before it.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer)
    {
        var tokens = analysis.Tokens;
        // made at the first match: most articles have none
        bool[]? covered = null;
        List<EntityMention>? added = null;
        // the matches of TokenTrie.MatchAll, by a loop rather than its iterator
        for (int i = 0; i < tokens.Count;)
        {
            // the word's lexicon mask first: most tokens start no phrase, and skip the call and its result copy
            if ((tokens[i].Word.LexiconMask & Phrases.Bit) == 0 || Phrases.Match(tokens, i) is not { } match) { i++; continue; }
            i = match.EndToken;
            covered ??= AnaphorMentions.Covered(layer, tokens.Count);
            if (covered[match.FirstToken] || match.TokenCount != 1) continue;
            // the head noun followed by a name is that name's own first word ("الجبهة الوطنية"), not a reference back
            if (match.FirstToken + 1 < tokens.Count && covered[match.FirstToken + 1]) continue;
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

    /// <summary>The last organisation with an actor named before the match whose name begins with the head noun, or null.</summary>
    /// <remarks>A loop, not a lambda: a lambda capturing the match made a closure at every token of the scan.</remarks>
    private static EntityMention? Antecedent(IReadOnlyList<EntityMention> mentions, TrieMatch<string> match)
    {
        for (int n = mentions.Count - 1; n >= 0; n--)
        {
            var m = mentions[n];
            if (m.EndToken <= match.FirstToken && m.Type == EntityType.Org && m.Actor is not null
                && ArabicFolding.FoldString(m.Text).StartsWith(match.Value, StringComparison.Ordinal)) return m;
        }
        return null;
    }
}
