using static Rasd.Evaluation.ScoreFields;

namespace Rasd.Evaluation;

/// <summary>Entity layer: unique (normalised text, type) per article; a match shares the type and half the longer one's tokens.</summary>
internal static class EntityScoring
{
    internal sealed class Item(List<string> tokens, string? type, object? text, bool optional)
    {
        public List<string> Tokens { get; } = tokens;
        public string? Type { get; } = type;
        public object? Text { get; } = text;
        public bool Optional { get; set; } = optional;
    }

    /// <summary>Unique entities; a duplicate is optional only if every copy is.</summary>
    public static List<Item> Read(object? doc, bool gold)
    {
        var seen = new Dictionary<(string, string?), Item>();
        var order = new List<Item>();
        foreach (var x in Items(doc, "entities"))
        {
            var toks = x.Get("text") is string s ? EntityText.Tokens(s) : [];
            var key = (string.Join(" ", toks), Word(x.Get("type"), upper: true));
            if (seen.TryGetValue(key, out var known)) known.Optional &= Optional(x, gold);
            else
            {
                var item = new Item(toks, key.Item2, x.Get("text"), Optional(x, gold));
                seen[key] = item;
                order.Add(item);
            }
        }
        return order;
    }

    public static IComparable[]? Score(Item g, Item p)
    {
        if (g.Type != p.Type || g.Tokens.Count == 0 || p.Tokens.Count == 0) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in g.Tokens) counts[t] = counts.GetValueOrDefault(t) + 1;
        var shared = 0;
        foreach (var t in p.Tokens)
            if (counts.GetValueOrDefault(t) > 0)
            {
                counts[t]--;
                shared++;
            }
        var longer = Math.Max(g.Tokens.Count, p.Tokens.Count);
        return 2 * shared >= longer ? [(double)shared / longer] : null;
    }

    public static void Score(PyDict gold, PyDict pred, ScoreCounts c, List<string> lines)
    {
        var g = Read(gold, true);
        var p = Read(pred, false);
        var m = GreedyMatcher.Match(g.Select(x => x.Optional).ToList(), p.Count, (i, j) => Score(g[i], p[j]));
        c.Tally("entity", m.Pairs.Count, m.CountedPredictions, m.RequiredGold);
        lines.AddRange(m.MissedGold.Select(i => $"entity FN    {Show(g[i].Type)} {PyText.Repr(g[i].Text)}"));
        lines.AddRange(m.ExtraPredictions.Select(j => $"entity FP    {Show(p[j].Type)} {PyText.Repr(p[j].Text)}"));
    }
}
