using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// "قوات الرئيس بشار الأسد", "قوات نظام الرئيس السوري بشار الأسد": a state's forces named by its leader are an actor phrase of
/// their own, the state's forces (SYRMIL), told before the leader's name, which stays a person (data/leader_force_words.tsv).
/// </summary>
public static class LeaderForces
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("leader_force_words");
    private static readonly HashSet<string> Heads = Table.FoldedWhere("kind", "head", "word");
    private static readonly HashSet<string> Regimes = Table.FoldedWhere("kind", "regime", "word");
    private static readonly HashSet<string> Titles = Table.FoldedWhere("kind", "title", "word");

    /// <summary>The layer with an actor phrase for the forces before each state leader so named; the same layer when there is none.</summary>
    public static EntityLayer Resolve(Analysis analysis, EntityLayer layer, EntityLexicon lexicon)
    {
        var tokens = analysis.Tokens;
        var mentions = layer.Mentions;
        List<EntityMention>? result = null;
        int taken = 0;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Type != EntityType.Per || m.Actor is not { Length: 6 } actor || !actor.EndsWith("GOV", StringComparison.Ordinal)) continue;
            var country = actor[..3];
            int head = HeadBefore(tokens, m.FirstToken, country, lexicon);
            // the words between belong to no other mention
            if (head < 0 || n > 0 && mentions[n - 1].EndToken > head) continue;
            result ??= new List<EntityMention>(mentions.Count + 1);
            for (; taken < n; taken++) result.Add(mentions[taken]);
            var span = new TextSpan(tokens[head].Start, tokens[m.FirstToken - 1].End);
            var name = lexicon.Countries.TryGetValue(country, out var entry) && entry.NameEn is { } en ? en : country;
            result.Add(new EntityMention(span, head, m.FirstToken - head, SpanStrings.Of(analysis.Text, span), null, SpanStrings.Of(analysis.Text, span), null,
                CountryDemonyms.Phrase(country, name, "government forces"), country + "MIL", [])
            { IsNamedEntity = false });
        }
        if (result is null) return layer;
        for (; taken < mentions.Count; taken++) result.Add(mentions[taken]);
        return new EntityLayer(result);
    }

    /// <summary>Whether <paramref name="leader"/> is the leader named after his forces' phrase ("قوات الرئيس | بشار الأسد").</summary>
    public static bool Named(IReadOnlyList<EntityMention> mentions, EntityMention leader)
    {
        if (leader.Actor is not { Length: 6 } actor) return false;
        // (an index loop: a foreach over the read-only list boxed an enumerator at every ask)
        for (int k = 0; k < mentions.Count; k++)
        {
            var x = mentions[k];
            if (x.EndToken == leader.FirstToken && !x.IsNamedEntity && x.Actor is { Length: 6 } forces
                && forces.AsSpan(0, 3).SequenceEqual(actor.AsSpan(0, 3)) && forces.EndsWith("MIL", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // the forces' word before a leader's name, past an optional regime word, title and the leader's nationality; -1 if none
    private static int HeadBefore(IReadOnlyList<Token> tokens, int name, string country, EntityLexicon lexicon)
    {
        int k = name - 1;
        if (k >= 0 && lexicon.AdjectiveCountryAt(tokens, k) == country) k--;
        if (k >= 0 && Titles.Contains(tokens[k].Folded)) k--;
        else if (k < name - 1) return -1; // a nationality only after a title ("الرئيس السوري بشار الأسد")
        if (k >= 0 && Regimes.Contains(tokens[k].Folded)) k--;
        return k >= 0 && IsHead(tokens[k]) ? k : -1;
    }

    private static bool IsHead(Token t)
    {
        foreach (var r in t.Readings)
            if (!r.HasArticle && Heads.Contains(r.Stem)) return true;
        return false;
    }
}
