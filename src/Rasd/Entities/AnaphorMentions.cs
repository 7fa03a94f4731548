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
    /// The tokens whose word may start an entry of a lexicon with a first-key bit in <paramref name="bits"/>
    /// (<see cref="TokenTrie{T}.Bit"/>), in text order: one scan serves every resolver, which then calls its trie's Match
    /// only there. The tries must be loaded before (reading their bits loads them), so that the masks know their keys.
    /// </summary>
    public static List<int> Starts(IReadOnlyList<Token> tokens, ulong bits)
    {
        var starts = new List<int>();
        for (int i = 0; i < tokens.Count; i++)
            if ((tokens[i].Word.LexiconMask & bits) != 0) starts.Add(i);
        return starts;
    }

    /// <summary>The original-text span of a phrase match, without the proclitics of its first word ("والدول الثلاث" → "الدول الثلاث").</summary>
    public static TextSpan SpanOf<T>(IReadOnlyList<Token> tokens, TrieMatch<T> match) =>
        new(tokens[match.FirstToken].Span.Start + match.FirstReading.PrefixLength, tokens[match.FirstToken + match.TokenCount - 1].Span.End);

    /// <summary>An actor phrase (not a named entity) for a one-word anaphor that stands for <paramref name="country"/>'s government ("بلاده", "المملكة").</summary>
    public static EntityMention Government<T>(Pipeline.Analysis analysis, TrieMatch<T> match, EntityEntry country)
    {
        var span = SpanOf(analysis.Tokens, match);
        return new EntityMention(span, match.FirstToken, 1, SpanStrings.Of(analysis.Text, span), null, country.CanonicalName, country.Id, country.NameEn, country.Country + "GOV", [])
        {
            IsNamedEntity = false,
        };
    }

    /// <summary>
    /// The layer with a government mention added for every one-word match of <paramref name="phrases"/> outside the names
    /// already found, whose state <paramref name="stateOf"/> works out (an ISO code; null leaves the word unresolved).
    /// </summary>
    /// <remarks><paramref name="stateOf"/> is given the analysis and the layer rather than capturing them: a static lambda makes no closure per article.</remarks>
    public static EntityLayer AddGovernments<T>(Pipeline.Analysis analysis, EntityLayer layer, EntityLexicon lexicon, TokenTrie<T> phrases, Func<Pipeline.Analysis, EntityLayer, TrieMatch<T>, string?> stateOf, List<int>? starts = null)
    {
        var tokens = analysis.Tokens;
        // made at the first match: most articles have none
        bool[]? covered = null;
        List<EntityMention>? added = null;
        int from = 0;
        foreach (int i in starts ?? Starts(tokens, phrases.Bit))
        {
            // the matches of TokenTrie.MatchAll: tried where the word may start a phrase, not inside the last match
            if (i < from || (tokens[i].Word.LexiconMask & phrases.Bit) == 0 || phrases.Match(tokens, i) is not { } match) continue;
            from = match.EndToken;
            covered ??= Covered(layer, tokens.Count);
            // "المملكة العربية السعودية": a word inside a name does not refer back
            if (covered[match.FirstToken] || match.TokenCount != 1) continue;
            if (stateOf(analysis, layer, match) is not { } state || !lexicon.Countries.TryGetValue(state, out var country)) continue;
            (added ??= []).Add(Government(analysis, match, country));
        }
        return With(layer, added);
    }

    /// <summary>The layer with the added mentions in text order (the same layer when there are none).</summary>
    /// <remarks>Both lists are in token order: a merge, the layer's mention first at an equal first token (as a stable sort of the two in a row).</remarks>
    public static EntityLayer With(EntityLayer layer, List<EntityMention>? added)
    {
        if (added is null) return layer;
        var mentions = layer.Mentions;
        var merged = new List<EntityMention>(mentions.Count + added.Count);
        int a = 0;
        for (int n = 0; n < mentions.Count; n++)
        {
            while (a < added.Count && added[a].FirstToken < mentions[n].FirstToken) merged.Add(added[a++]);
            merged.Add(mentions[n]);
        }
        while (a < added.Count) merged.Add(added[a++]);
        return new EntityLayer(merged);
    }
}
