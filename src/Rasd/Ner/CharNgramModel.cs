namespace Rasd.Ner;

/// <summary>
/// A character n-gram language model over words (Witten-Bell interpolation down to a uniform distribution), with start
/// and end marks, so a word's log-probability reflects how its letters follow each other in the words it was trained on.
/// </summary>
public sealed class CharNgramModel
{
    private const char Start = '\u0002', End = '\u0003';
    private readonly int _order;
    private readonly Dictionary<string, Counts> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Counts>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly double _uniform;

    private sealed class Counts
    {
        public readonly Dictionary<char, int> Next = [];
        public int Total;
    }

    /// <summary>Counts every n-gram (orders 1…<paramref name="order"/>) of the given words, each occurrence once.</summary>
    public CharNgramModel(IEnumerable<string> words, int order = 4)
    {
        if (order < 1) throw new ArgumentOutOfRangeException(nameof(order));
        _order = order;
        _lookup = _contexts.GetAlternateLookup<ReadOnlySpan<char>>();
        var alphabet = new HashSet<char> { End };
        foreach (var word in words)
        {
            var padded = Pad(word);
            for (int i = _order - 1; i < padded.Length; i++)
            {
                char c = padded[i];
                alphabet.Add(c);
                for (int k = 0; k < _order; k++)
                {
                    var context = padded.AsSpan(i - k, k);
                    if (!_lookup.TryGetValue(context, out var counts)) _lookup[context] = counts = new Counts();
                    counts.Next[c] = counts.Next.GetValueOrDefault(c) + 1;
                    counts.Total++;
                }
            }
        }
        _uniform = 1.0 / (alphabet.Count + 1); // one slot for letters never seen
    }

    public int Order => _order;

    /// <summary>The natural-log probability of the word (its letters and the end mark).</summary>
    public double LogProb(string word)
    {
        var padded = Pad(word);
        double sum = 0;
        for (int i = _order - 1; i < padded.Length; i++) sum += Math.Log(Prob(padded.AsSpan(i - _order + 1, _order - 1), padded[i]));
        return sum;
    }

    /// <summary>P(c | the last letters of <paramref name="prefix"/>), the word start marked; <c>'\u0003'</c> is the end mark.</summary>
    internal double Continuation(string prefix, char c)
    {
        var padded = new string(Start, _order - 1) + prefix;
        return Prob(padded.AsSpan(padded.Length - (_order - 1)), c);
    }

    /// <summary>P(c | context) interpolated from the empty context up: λ·ML + (1−λ)·lower, λ = N/(N + distinct followers).</summary>
    private double Prob(ReadOnlySpan<char> context, char c)
    {
        double p = _uniform;
        for (int k = 0; k <= context.Length; k++)
        {
            if (!_lookup.TryGetValue(context[(context.Length - k)..], out var counts)) break; // longer contexts are unseen too
            int types = counts.Next.Count;
            p = (counts.Next.GetValueOrDefault(c) + types * p) / (counts.Total + types);
        }
        return p;
    }

    private string Pad(string word) => new string(Start, _order - 1) + word + End;
}
