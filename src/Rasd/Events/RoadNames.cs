using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A road named by two or more places it joins ("طريق "دمشق-حلب"", "أوتوستراد حلب دمشق", "الطريق الواصل بين حمص وتدمر"): those
/// places are not where an event on the road happened (data/road_words.tsv). A road named by one place ("طريق المطار", "طريق
/// إدلب") is left alone: it is often that place's own road.
/// </summary>
internal static class RoadNames
{
    private static readonly TsvTable Table = TsvTable.LoadEmbedded("road_words");
    private static readonly HashSet<string> Roads = Table.FoldedWhere("kind", "road", "word");
    private static readonly HashSet<string> Links = Table.FoldedWhere("kind", "link", "word");

    // the tokens a road word may stand before the place looked at, past other places, links and quote marks
    private const int Reach = 10;

    /// <summary>Whether <paramref name="m"/> is one of two or more places that name a road.</summary>
    public static bool Holds(Pipeline.Analysis analysis, EntityMention m)
    {
        if (m.Places.Count == 0 || analysis.Get<EntityLayer>()?.Mentions is not { } mentions) return false;
        var tokens = analysis.Tokens;
        // asked for every place of every trigger: a sentence with no road word (nearly all) answers at once
        if (!SentenceHasRoad(analysis, m.FirstToken)) return false;
        int road = -1;
        for (int k = m.FirstToken - 1; k >= 0 && k >= m.FirstToken - Reach; k--)
        {
            if (IsRoad(tokens[k])) { road = k; break; }
            if (EndingAt(mentions, k + 1) is { } before) { k = before.FirstToken; continue; }
            if (!Joins(tokens[k])) return false;
        }
        if (road < 0) return false;
        int places = 0;
        for (int k = road + 1; k < tokens.Count && k <= road + Reach;)
        {
            if (StartingAt(mentions, k) is { } place && place.Places.Count > 0) { places++; k = place.EndToken; continue; }
            if (!Joins(tokens[k])) break;
            k++;
        }
        return places >= 2;
    }

    /// <summary>Per analysis, per sentence: whether any of its words is a road word (worked out on first ask).</summary>
    private sealed class RoadSentences(int count)
    {
        public readonly bool?[] Has = new bool?[count];
    }

    private static bool SentenceHasRoad(Pipeline.Analysis analysis, int token)
    {
        var cache = analysis.Get<RoadSentences>();
        if (cache is null) analysis.Set(cache = new RoadSentences(analysis.Sentences.Count));
        var sentence = analysis.SentenceOfToken(token);
        if (cache.Has[sentence.Index] is { } known) return known;
        bool has = false;
        for (int k = sentence.FirstToken; k < sentence.EndToken && !has; k++) has = IsRoad(analysis.Tokens[k]);
        cache.Has[sentence.Index] = has;
        return has;
    }

    // whether a word is a road word, kept in the word's memo: every word of a sentence with a place is asked once per article
    private static readonly int RoadSlot = WordInfo.NewMemoSlot();

    private static bool IsRoad(Token t) => t.Word.Memo(RoadSlot, t, 0, static (_, token) => Is(token, Roads) ? 1 : 0) == 1;

    private static bool Joins(Token t) => t.IsQuoteMark || Links.Contains(t.Folded) || Is(t, Links);

    private static bool Is(Token t, HashSet<string> words)
    {
        if (words.Contains(t.Folded)) return true;
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" or "ب" or "ل" or "ع" && (words.Contains(r.Stem) || r.HasArticle && words.Contains(r.StemWithArticle))) return true;
        return false;
    }

    private static EntityMention? EndingAt(IReadOnlyList<EntityMention> mentions, int end)
    {
        foreach (var x in mentions)
            if (x.EndToken == end && x.Places.Count > 0) return x;
        return null;
    }

    private static EntityMention? StartingAt(IReadOnlyList<EntityMention> mentions, int first)
    {
        foreach (var x in mentions)
            if (x.FirstToken == first) return x;
        return null;
    }
}
