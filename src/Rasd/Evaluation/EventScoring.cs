using static Rasd.Evaluation.ScoreFields;

namespace Rasd.Evaluation;

/// <summary>Event layer: same type (or gold alt) and overlapping time; then argument F1, mode and time accuracy over matched pairs.</summary>
internal static class EventScoring
{
    private static readonly (string Key, string Layer)[] Args = [("actors", "actor"), ("targets", "target"), ("places", "place")];

    internal sealed record Item(string? Type, HashSet<string> Types, string? Mode, (DateOnly First, DateOnly Last)? Time,
        Dictionary<string, HashSet<string>> Args, object? Id, bool Optional);

    public static Item Read(PyDict x, bool gold)
    {
        var type = Word(x.Get("type"), upper: true);
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (type is not null) types.Add(type);
        if (gold) types.UnionWith(Words(x.Get("alt"), upper: true));
        // a finer p-code (SY0703) counts as its governorate (SY07)
        var places = Words(x.Get("places"), upper: true)
            .Select(w => PyText.Length(w) > 4 && w.StartsWith("SY", StringComparison.Ordinal) ? PyText.Prefix(w, 4) : w)
            .ToHashSet(StringComparer.Ordinal);
        var args = new Dictionary<string, HashSet<string>>
        {
            ["actors"] = Words(x.Get("actors"), upper: true),
            ["targets"] = Words(x.Get("targets"), upper: true),
            ["places"] = places,
        };
        return new Item(type, types, Word(x.Get("mode")), ScoreDates.Interval(x.Get("time")), args, x.Get("id"), Optional(x, gold));
    }

    /// <summary>2|g∩p|/(|g|+|p|); 0 when gold is empty.</summary>
    public static double SetF1(HashSet<string> g, HashSet<string> p) =>
        g.Count > 0 ? (double)(2 * g.Count(p.Contains)) / (g.Count + p.Count) : 0.0;

    public static IComparable[]? Score(Item g, Item p)
    {
        if (p.Type is null || !g.Types.Contains(p.Type) || !ScoreDates.TimesOverlap(g.Time, p.Time)) return null;
        var sum = 0.0;
        foreach (var (k, _) in Args) sum += SetF1(g.Args[k], p.Args[k]);
        return [sum + (g.Mode == p.Mode ? 1 : 0)];
    }

    private static string ShowItem(Item x)
    {
        var args = string.Join(" ", Args.Where(a => x.Args[a.Key].Count > 0).Select(a => $"{a.Key}={JoinSorted(x.Args[a.Key])}"));
        return $"{Show(x.Type)}/{Show(x.Mode)} {ScoreDates.Show(x.Time)} {args}" + (Truthy(x.Id) ? $" ({PyText.Str(x.Id)})" : "");
    }

    public static void Score(PyDict gold, PyDict pred, ScoreCounts c, List<string> lines)
    {
        var g = Items(gold, "events").Select(x => Read(x, true)).ToList();
        var p = Items(pred, "events").Select(x => Read(x, false)).ToList();
        var m = GreedyMatcher.Match(g.Select(x => x.Optional).ToList(), p.Count, (i, j) => Score(g[i], p[j]));
        c.Tally("event", m.Pairs.Count, m.CountedPredictions, m.RequiredGold);
        foreach (var (i, j) in m.Pairs)
        {
            var (a, b) = (g[i], p[j]);
            var diffs = new List<string>();
            foreach (var (k, layer) in Args)
            {
                if (a.Args[k].Count == 0) continue; // an empty gold list is not scored
                c.Tally(layer, a.Args[k].Count(b.Args[k].Contains), b.Args[k].Count, a.Args[k].Count);
                if (!a.Args[k].SetEquals(b.Args[k]))
                {
                    var shown = JoinSorted(b.Args[k]);
                    diffs.Add($"{k} gold {JoinSorted(a.Args[k])} pred {(shown.Length > 0 ? shown : "-")}");
                }
            }
            c.Count("mode_accuracy", a.Mode == b.Mode);
            if (a.Time is not null) c.Count("time_accuracy", ScoreDates.TimeOk(a.Time, b.Time));
            if (a.Mode != b.Mode) diffs.Add($"mode gold {Show(a.Mode)} pred {Show(b.Mode)}");
            if (a.Time is not null && !ScoreDates.TimeOk(a.Time, b.Time))
                diffs.Add($"time gold {ScoreDates.Show(a.Time)} pred {ScoreDates.Show(b.Time)}");
            if (diffs.Count > 0) lines.Add($"event DIFF   {ShowItem(a)}: " + string.Join("; ", diffs));
        }
        lines.AddRange(m.MissedGold.Select(i => $"event FN     {ShowItem(g[i])}"));
        lines.AddRange(m.ExtraPredictions.Select(j => $"event FP     {ShowItem(p[j])}"));
    }
}
