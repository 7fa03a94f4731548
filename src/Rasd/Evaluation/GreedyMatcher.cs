namespace Rasd.Evaluation;

/// <summary>The outcome of matching one layer of one article (score.py's match()).</summary>
/// <param name="Pairs">(gold index, prediction index) of the required gold matched, in gold order.</param>
/// <param name="MissedGold">Indices of required gold left unmatched (false negatives), in order.</param>
/// <param name="ExtraPredictions">Indices of predictions neither matched nor absorbed by optional gold (false positives), in order.</param>
/// <param name="RequiredGold">How many gold items are required.</param>
/// <param name="CountedPredictions">How many predictions count: all but those absorbed by optional gold.</param>
public sealed record MatchResult(IReadOnlyList<(int Gold, int Pred)> Pairs, IReadOnlyList<int> MissedGold, IReadOnlyList<int> ExtraPredictions, int RequiredGold, int CountedPredictions);

/// <summary>One-to-one greedy matching: best score first, ties by gold then prediction order; optional gold only absorbs leftovers.</summary>
public static class GreedyMatcher
{
    /// <summary>
    /// One-to-one (gold, pred) pairs in the order they were taken. A score is a tuple compared element by element
    /// (higher first); null means the two cannot match.
    /// </summary>
    public static List<(int Gold, int Pred)> Greedy(IEnumerable<int> golds, IReadOnlyCollection<int> preds, Func<int, int, IComparable[]?> score)
    {
        var candidates = new List<(IComparable[] Score, int Gold, int Pred)>();
        foreach (var gi in golds)
            foreach (var pi in preds)
                if (score(gi, pi) is { } s) candidates.Add((s, gi, pi));
        candidates.Sort((a, b) =>
        {
            var c = CompareDescending(a.Score, b.Score);
            if (c != 0) return c;
            c = a.Gold.CompareTo(b.Gold);
            return c != 0 ? c : a.Pred.CompareTo(b.Pred);
        });
        var pairs = new List<(int, int)>();
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        foreach (var (_, gi, pi) in candidates)
            if (!usedGold.Contains(gi) && !usedPred.Contains(pi))
            {
                pairs.Add((gi, pi));
                usedGold.Add(gi);
                usedPred.Add(pi);
            }
        return pairs;
    }

    private static int CompareDescending(IComparable[] a, IComparable[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = b[i].CompareTo(a[i]);
            if (c != 0) return c;
        }
        return b.Length.CompareTo(a.Length);
    }

    /// <summary>Matches required gold first, then lets optional gold absorb leftover predictions.</summary>
    public static MatchResult Match(IReadOnlyList<bool> goldOptional, int predCount, Func<int, int, IComparable[]?> score)
    {
        var required = Enumerable.Range(0, goldOptional.Count).Where(i => !goldOptional[i]).ToList();
        var optional = Enumerable.Range(0, goldOptional.Count).Where(i => goldOptional[i]).ToList();
        var pairs = Greedy(required, Enumerable.Range(0, predCount).ToList(), score);
        pairs.Sort();
        var taken = pairs.Select(p => p.Pred).ToHashSet();
        var left = Enumerable.Range(0, predCount).Where(j => !taken.Contains(j)).ToList();
        var absorbed = Greedy(optional, left, score).Select(p => p.Pred).ToHashSet();
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        return new MatchResult(
            pairs,
            required.Where(i => !matchedGold.Contains(i)).ToList(),
            left.Where(j => !absorbed.Contains(j)).ToList(),
            required.Count,
            predCount - absorbed.Count);
    }
}
