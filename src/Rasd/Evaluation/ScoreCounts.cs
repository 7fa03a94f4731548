namespace Rasd.Evaluation;

/// <summary>score.py's Counter keyed (layer, tp|fp|fn|n|correct); missing keys count 0.</summary>
public sealed class ScoreCounts
{
    private readonly Dictionary<(string Layer, string Kind), long> _counts = [];

    public long this[string layer, string kind] => _counts.GetValueOrDefault((layer, kind));

    public void Add(string layer, string kind, long n) => _counts[(layer, kind)] = this[layer, kind] + n;

    /// <summary>tp, and the rest of the predictions and gold as fp and fn.</summary>
    public void Tally(string layer, long tp, long predictions, long gold)
    {
        Add(layer, "tp", tp);
        Add(layer, "fp", predictions - tp);
        Add(layer, "fn", gold - tp);
    }

    /// <summary>One more judged item for an accuracy, correct or not.</summary>
    public void Count(string layer, bool ok)
    {
        Add(layer, "n", 1);
        Add(layer, "correct", ok ? 1 : 0);
    }

    public void AddAll(ScoreCounts other)
    {
        foreach (var (k, v) in other._counts) Add(k.Layer, k.Kind, v);
    }
}
