using System.Numerics;
using static Rasd.Evaluation.ScoreFields;

namespace Rasd.Evaluation;

/// <summary>Figure layer: (role, group, value) from all events, gold alt/alt_group honoured; qualifier accuracy over matches.</summary>
internal static class FigureScoring
{
    internal sealed record Item(string? Role, string? Group, object? Value, object? Raw, HashSet<string> Roles, HashSet<string> Groups, string? Qualifier, bool Optional);

    /// <summary>The figures of every event; those of optional gold events are optional.</summary>
    public static List<Item> Read(object? doc, bool gold)
    {
        var list = new List<Item>();
        foreach (var ev in Items(doc, "events"))
            foreach (var f in Items(ev, "figures"))
            {
                var role = Word(f.Get("role"));
                var group = Word(f.Get("group"));
                var roles = new HashSet<string>(StringComparer.Ordinal);
                if (role is not null) roles.Add(role);
                if (gold) roles.UnionWith(Words(f.Get("alt")));
                var groups = new HashSet<string>(StringComparer.Ordinal);
                if (group is not null) groups.Add(group);
                if (gold) groups.UnionWith(Words(f.Get("alt_group")));
                list.Add(new Item(role, group, Number(f.Get("value")), f.Get("value"), roles, groups, Word(f.Get("qualifier")),
                    Optional(ev, gold) || Optional(f, gold)));
            }
        return list;
    }

    public static IComparable[]? Score(Item g, Item p)
    {
        if (p.Value is null || !NumbersEqual(p.Value, g.Value) || p.Role is null || !g.Roles.Contains(p.Role)
            || p.Group is null || !g.Groups.Contains(p.Group)) return null;
        return [Bit(g.Qualifier == p.Qualifier), Bit(p.Role == g.Role), Bit(p.Group == g.Group)];
    }

    private static BigInteger Bit(bool b) => b ? BigInteger.One : BigInteger.Zero;

    private static string ShowItem(Item x) => $"{Show(x.Role)}/{Show(x.Group)}={PyText.Repr(x.Raw)} ({Show(x.Qualifier)})";

    public static void Score(PyDict gold, PyDict pred, ScoreCounts c, List<string> lines)
    {
        var g = Read(gold, true);
        var p = Read(pred, false);
        var m = GreedyMatcher.Match(g.Select(x => x.Optional).ToList(), p.Count, (i, j) => Score(g[i], p[j]));
        c.Tally("figure", m.Pairs.Count, m.CountedPredictions, m.RequiredGold);
        foreach (var (i, j) in m.Pairs)
        {
            c.Count("figure_qualifier_accuracy", g[i].Qualifier == p[j].Qualifier);
            if (g[i].Qualifier != p[j].Qualifier) lines.Add($"figure QUAL  {ShowItem(g[i])}  pred {Show(p[j].Qualifier)}");
        }
        lines.AddRange(m.MissedGold.Select(i => $"figure FN    {ShowItem(g[i])}"));
        lines.AddRange(m.ExtraPredictions.Select(j => $"figure FP    {ShowItem(p[j])}"));
    }
}
