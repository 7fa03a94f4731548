namespace Rasd.Bench.Recognizers;

/// <summary>The shared scorer's timex rules (eval/score.py): overlap matches one-to-one, optional gold absorbs leftovers, strict needs the value (or an alt) and gold's mod; APPROX gold days accept ±3 days.</summary>
public sealed class Scorer
{
    public int Tp { get; private set; }
    public int StrictTp { get; private set; }
    public int Pred { get; private set; }
    public int Gold { get; private set; }

    public void Add(List<GoldTimex> gold, IReadOnlyList<Prediction> pred)
    {
        var required = gold.Where(g => !g.Optional).ToList();
        var optional = gold.Where(g => g.Optional).ToList();
        var pairs = Greedy(required, pred.ToList());
        var left = pred.Where(p => !pairs.Any(x => ReferenceEquals(x.P, p))).ToList();
        int absorbed = Greedy(optional, left).Count;
        Tp += pairs.Count;
        StrictTp += pairs.Count(x => ValueOk(x.G, x.P));
        Pred += pred.Count - absorbed;
        Gold += required.Count;
    }

    private static List<(GoldTimex G, Prediction P)> Greedy(List<GoldTimex> gold, List<Prediction> pred)
    {
        var cands = new List<(bool Ok, int Overlap, int Gi, int Pi)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < pred.Count; p++)
            {
                int ov = Math.Min(gold[g].End, pred[p].End) - Math.Max(gold[g].Start, pred[p].Start);
                if (pred[p].Start < gold[g].End && gold[g].Start < pred[p].End) cands.Add((ValueOk(gold[g], pred[p]), ov, g, p));
            }
        var pairs = new List<(GoldTimex, Prediction)>();
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        foreach (var c in cands.OrderByDescending(c => c.Ok).ThenByDescending(c => c.Overlap).ThenBy(c => c.Gi).ThenBy(c => c.Pi))
            if (usedG.Add(c.Gi))
            {
                if (!usedP.Add(c.Pi)) { usedG.Remove(c.Gi); continue; }
                pairs.Add((gold[c.Gi], pred[c.Pi]));
            }
        return pairs;
    }

    private static bool ValueOk(GoldTimex g, Prediction p)
    {
        if (p.Value != g.Value && g.Values.Contains(p.Value)) return true;
        if (g.Mod is not null && p.Mod != g.Mod) return false;
        if (p.Value == g.Value) return true;
        return g.Mod == "APPROX" && DateOnly.TryParseExact(p.Value, "yyyy-MM-dd", out var d)
               && g.Values.Any(v => DateOnly.TryParseExact(v, "yyyy-MM-dd", out var gd) && Math.Abs(gd.DayNumber - d.DayNumber) <= 3);
    }

    public static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public string Report(string name)
    {
        double p = Pred == 0 ? 0 : (double)Tp / Pred, r = Gold == 0 ? 0 : (double)Tp / Gold;
        double sp = Pred == 0 ? 0 : (double)StrictTp / Pred, sr = Gold == 0 ? 0 : (double)StrictTp / Gold;
        return $"{name,-28} detection P {p:F3} R {r:F3} F1 {F1(p, r):F3} | strict P {sp:F3} R {sr:F3} F1 {F1(sp, sr):F3}  (gold {Gold}, pred {Pred})";
    }
}
