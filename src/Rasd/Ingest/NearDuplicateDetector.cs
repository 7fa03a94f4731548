using Rasd.Text;

namespace Rasd.Ingest;

/// <summary>Flags near-duplicate documents (the same story republished with small edits): MinHash signatures over word shingles of the folded text, banded LSH for candidates, estimated Jaccard for the verdict.</summary>
public sealed class NearDuplicateDetector
{
    /// <summary>A document found similar to an earlier one.</summary>
    public sealed record Match(string Id, string EarlierId, double Similarity);

    private readonly int _shingle;
    private readonly int _bands;
    private readonly int _rows;
    private readonly ulong[] _seeds;
    private readonly List<(string Id, uint[] Signature)> _docs = [];
    private readonly Dictionary<ulong, List<int>>[] _buckets;

    /// <param name="threshold">Estimated Jaccard similarity of shingle sets at or above which two documents are near-duplicates.</param>
    /// <param name="shingle">Words per shingle.</param>
    public NearDuplicateDetector(double threshold = 0.8, int shingle = 3, int bands = 32, int rows = 4)
    {
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold));
        Threshold = threshold;
        _shingle = shingle;
        _bands = bands;
        _rows = rows;
        _seeds = new ulong[bands * rows];
        ulong s = 0x9E3779B97F4A7C15;
        for (int i = 0; i < _seeds.Length; i++) _seeds[i] = s = Mix(s + (ulong)i);
        _buckets = Enumerable.Range(0, bands).Select(_ => new Dictionary<ulong, List<int>>()).ToArray();
    }

    public double Threshold { get; }

    public int Count => _docs.Count;

    /// <summary>Adds a document; returns the most similar earlier document at or above the threshold, or null.</summary>
    public Match? Add(string id, string text)
    {
        var sig = Signature(text);
        Match? best = null;
        var seen = new HashSet<int>();
        for (int b = 0; b < _bands; b++)
        {
            var key = BandKey(sig, b);
            if (!_buckets[b].TryGetValue(key, out var list)) _buckets[b][key] = list = [];
            foreach (var j in list)
            {
                if (!seen.Add(j)) continue;
                var sim = Estimate(sig, _docs[j].Signature);
                if (sim >= Threshold && (best is null || sim > best.Similarity)) best = new Match(id, _docs[j].Id, sim);
            }
            list.Add(_docs.Count);
        }
        _docs.Add((id, sig));
        return best;
    }

    /// <summary>MinHash signature of a text's word shingles (folded, so spelling variants of hamza/ya/ta marbuta agree).</summary>
    public uint[] Signature(string text)
    {
        var sig = new uint[_seeds.Length];
        Array.Fill(sig, uint.MaxValue);
        foreach (var h in ShingleHashes(text))
            for (int i = 0; i < _seeds.Length; i++)
            {
                var v = (uint)(Mix(h ^ _seeds[i]) >> 32);
                if (v < sig[i]) sig[i] = v;
            }
        return sig;
    }

    /// <summary>Share of signature positions that agree: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public static double Estimate(uint[] a, uint[] b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    /// <summary>Exact Jaccard similarity of two texts' shingle sets (for checks and small sets).</summary>
    public double Jaccard(string a, string b)
    {
        var x = ShingleHashes(a).ToHashSet();
        var y = ShingleHashes(b).ToHashSet();
        if (x.Count == 0 && y.Count == 0) return 1;
        int inter = x.Count(y.Contains);
        return (double)inter / (x.Count + y.Count - inter);
    }

    private IEnumerable<ulong> ShingleHashes(string text)
    {
        var words = Words(ArabicFolding.FoldString(text));
        if (words.Count == 0) yield break;
        int k = Math.Min(_shingle, words.Count);
        for (int i = 0; i + k <= words.Count; i++)
        {
            ulong h = 1469598103934665603;
            for (int j = i; j < i + k; j++) h = Mix(h ^ words[j]);
            yield return h;
        }
    }

    private static List<ulong> Words(string folded)
    {
        var words = new List<ulong>();
        ulong h = 1469598103934665603;
        bool inWord = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * 1099511628211;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = 1469598103934665603;
                inWord = false;
            }
        }
        if (inWord) words.Add(h);
        return words;
    }

    private ulong BandKey(uint[] sig, int band)
    {
        ulong h = (ulong)band;
        for (int r = 0; r < _rows; r++) h = Mix(h ^ sig[band * _rows + r]);
        return h;
    }

    /// <summary>SplitMix64 finaliser: a fast, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
