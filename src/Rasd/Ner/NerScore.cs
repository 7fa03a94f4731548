namespace Rasd.Ner;

/// <summary>Entity-level (CoNLL) counts and precision/recall/F1 in percent, overall (micro) and per type.</summary>
public sealed class NerScore
{
    private readonly SortedDictionary<string, (int Gold, int Predicted, int Correct)> _perType = new(StringComparer.Ordinal);

    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Correct { get; private set; }

    public int Tokens { get; private set; }

    public double Precision => Percent(Correct, Predicted);

    public double Recall => Percent(Correct, Gold);

    public double F1 => F(Precision, Recall);

    public IEnumerable<(string Type, double Precision, double Recall, double F1, int Gold)> PerType =>
        _perType.Select(kv => (kv.Key, Percent(kv.Value.Correct, kv.Value.Predicted), Percent(kv.Value.Correct, kv.Value.Gold),
            F(Percent(kv.Value.Correct, kv.Value.Predicted), Percent(kv.Value.Correct, kv.Value.Gold)), kv.Value.Gold));

    /// <summary>Adds one sentence: gold and predicted tags of the same tokens.</summary>
    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        Tokens += gold.Count;
        var g = BioTags.Chunks(gold);
        var p = BioTags.Chunks(predicted);
        var gs = g.ToHashSet();
        foreach (var c in g) Bump(c.Type, 1, 0, 0);
        foreach (var c in p)
        {
            bool ok = gs.Contains(c);
            Bump(c.Type, 0, 1, ok ? 1 : 0);
        }
    }

    private void Bump(string type, int gold, int predicted, int correct)
    {
        var v = _perType.GetValueOrDefault(type);
        _perType[type] = (v.Gold + gold, v.Predicted + predicted, v.Correct + correct);
        Gold += gold;
        Predicted += predicted;
        Correct += correct;
    }

    private static double Percent(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
