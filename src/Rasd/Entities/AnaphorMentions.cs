using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>What the anaphora resolvers share: which tokens a name already covers, the span of a matched phrase, adding mentions to the layer.</summary>
internal static class AnaphorMentions
{
    /// <summary>For each token, whether a mention of the layer covers it.</summary>
    public static bool[] Covered(EntityLayer layer, int tokenCount)
    {
        var covered = new bool[tokenCount];
        var mentions = layer.Mentions;
        for (int n = 0; n < mentions.Count; n++)
            for (int k = mentions[n].FirstToken; k < mentions[n].EndToken; k++) covered[k] = true;
        return covered;
    }

    /// <summary>
    /// The first token from <paramref name="i"/> on whose word may start an entry of the lexicon with first-key
    /// <paramref name="bit"/> (<see cref="TokenTrie{T}.Bit"/>), or the token count: the resolvers' scans test one bit per
    /// token in this small non-generic loop, and call the trie's Match only where it can find something.
    /// </summary>
    public static int NextStart(IReadOnlyList<Token> tokens, int i, ulong bit)
    {
        int count = tokens.Count;
        while (i < count && (tokens[i].Word.LexiconMask & bit) == 0) i++;
        return i;
    }

    /// <summary>The original-text span of a phrase match, without the proclitics of its first word ("والدول الثلاث" → "الدول الثلاث").</summary>
    public static TextSpan SpanOf<T>(IReadOnlyList<Token> tokens, TrieMatch<T> match) =>
        new(tokens[match.FirstToken].Span.Start + match.FirstReading.PrefixLength, tokens[match.FirstToken + match.TokenCount - 1].Span.End);

    /// <summary>An actor phrase (not a named entity) for a one-word anaphor that stands for <paramref name="country"/>'s government ("بلاده", "المملكة").</summary>
    public static EntityMention Government<T>(Pipeline.Analysis analysis, TrieMatch<T> match, EntityEntry country)
    {
        var span = SpanOf(analysis.Tokens, match);
        return new EntityMention(span, match.FirstToken, 1, span.Of(analysis.Text), null, country.CanonicalName, country.Id, country.NameEn, country.Country + "GOV", [])
        {
            IsNamedEntity = false,
        };
    }

    /// <summary>
    /// The layer with a government mention added for every one-word match of <paramref name="phrases"/> outside the names
    /// already found, whose state <paramref name="stateOf"/> works out (an ISO code; null leaves the word unresolved).
    /// </summary>
    public static EntityLayer AddGovernments<T>(Pipeline.Analysis analysis, EntityLayer layer, EntityLexicon lexicon, TokenTrie<T> phrases, Func<TrieMatch<T>, string?> stateOf)
    {
        var tokens = analysis.Tokens;
        // made at the first match: most articles have none
        bool[]? covered = null;
        List<EntityMention>? added = null;
        // the matches of TokenTrie.MatchAll, by a loop rather than its iterator
        for (int i = NextStart(tokens, 0, phrases.Bit); i < tokens.Count; i = NextStart(tokens, i, phrases.Bit))
        {
            if (phrases.Match(tokens, i) is not { } match) { i++; continue; }
            i = match.EndToken;
            covered ??= Covered(layer, tokens.Count);
            // "المملكة العربية السعودية": a word inside a name does not refer back
            if (covered[match.FirstToken] || match.TokenCount != 1) continue;
            if (stateOf(match) is not { } state || !lexicon.Countries.TryGetValue(state, out var country)) continue;
            (added ??= []).Add(Government(analysis, match, country));
        }
        return With(layer, added);
    }

    /// <summary>The layer with the added mentions in text order (the same layer when there are none).</summary>
    public static EntityLayer With(EntityLayer layer, List<EntityMention>? added) =>
        added is null ? layer : new EntityLayer([.. layer.Mentions.Concat(added).OrderBy(m => m.FirstToken)]);
}
