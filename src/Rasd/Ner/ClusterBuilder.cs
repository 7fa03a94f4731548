using System.Numerics;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Learns word clusters without labels: each frequent word gets a context vector (PPMI of left, right and ±2 neighbours
/// among the most frequent words), randomly projected to a few dozen dimensions, then spherical k-means groups the words;
/// k-means over the fine centroids gives the mid and coarse levels, a hierarchy like Brown-cluster prefixes.
/// Chosen over Brown clustering because it is a few dozen lines, runs in well under a minute on two cores, and
/// distributional clusters give NER much the same lift (Turian et al. 2010).
/// </summary>
public sealed class ClusterBuilder
{
    private readonly ClusterOptions _o;
    private readonly Action<string> _log;

    public ClusterBuilder(ClusterOptions? options = null, Action<string>? log = null)
    {
        _o = options ?? new ClusterOptions();
        _log = log ?? (_ => { });
        if (_o.Clusters < 16) throw new ArgumentException("need at least 16 fine clusters");
    }

    public WordClusters Build(IEnumerable<string> texts)
    {
        // pass 1: token ids per document (word tokens only; numbers become one symbol)
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<long>();
        var docs = new List<int[]>();
        var tokenizer = new Tokenizer();
        foreach (var text in texts)
        {
            var toks = tokenizer.Tokenize(text);
            var seq = new int[toks.Count];
            for (int i = 0; i < toks.Count; i++)
            {
                var key = toks[i].Kind == TokenKind.Number ? "0" : toks[i].Folded;
                if (!ids.TryGetValue(key, out var id)) { ids[key] = id = ids.Count; counts.Add(0); }
                counts[id]++;
                seq[i] = id;
            }
            docs.Add(seq);
        }
        long total = counts.Sum();
        _log($"read {docs.Count} documents, {total} tokens, {ids.Count} types");

        var byFreq = Enumerable.Range(0, ids.Count).OrderByDescending(i => counts[i]).ToArray();
        int v = Math.Min(_o.Words, byFreq.TakeWhile(i => counts[i] >= _o.MinCount).Count());
        int c = Math.Min(_o.Contexts, ids.Count);
        var target = Fill(ids.Count, -1);
        var context = Fill(ids.Count, -1);
        for (int r = 0; r < v; r++) target[byFreq[r]] = r;
        for (int r = 0; r < c; r++) context[byFreq[r]] = r;

        // pass 2: co-occurrence counts, slots left-1, right-1, and ±2
        var cooc = new Dictionary<long, int>();
        int dims = 3 * c;
        foreach (var seq in docs)
        {
            for (int i = 0; i < seq.Length; i++)
            {
                int t = target[seq[i]];
                if (t < 0) continue;
                void Count(int j, int slot)
                {
                    if (j < 0 || j >= seq.Length) return;
                    int cx = context[seq[j]];
                    if (cx < 0) return;
                    long key = (long)t * dims + slot * c + cx;
                    cooc[key] = cooc.GetValueOrDefault(key) + 1;
                }
                Count(i - 1, 0);
                Count(i + 1, 1);
                Count(i - 2, 2);
                Count(i + 2, 2);
            }
        }
        _log($"{v} words, {dims} context dimensions, {cooc.Count} non-zero co-occurrences");
        var vectors = Project(cooc, v, dims, c, byFreq, counts);
        var words = new string[v];
        foreach (var (w, id) in ids) if (target[id] >= 0) words[target[id]] = w;

        var rng = new Random(_o.Seed);
        var fine = KMeans(vectors, v, _o.Clusters, null, rng, out var fineCentroids);
        var fineSizes = new float[_o.Clusters];
        foreach (var f in fine) fineSizes[f]++;
        var mid = KMeans(fineCentroids, _o.Clusters, _o.Clusters / 4, fineSizes, rng, out _);
        var coarse = KMeans(fineCentroids, _o.Clusters, _o.Clusters / 16, fineSizes, rng, out _);
        var map = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        for (int r = 0; r < v; r++) map[words[r]] = (coarse[fine[r]], mid[fine[r]], fine[r]);
        return new WordClusters(map);
    }

    private static int[] Fill(int n, int value)
    {
        var a = new int[n];
        Array.Fill(a, value);
        return a;
    }

    /// <summary>PPMI (context counts smoothed by ^0.75) times a random ±1 matrix, rows L2-normalised.</summary>
    private float[] Project(Dictionary<long, int> cooc, int v, int dims, int c, int[] byFreq, List<long> counts)
    {
        int d = _o.Dimensions;
        var rng = new Random(_o.Seed + 1);
        var proj = new float[dims * d];
        for (int i = 0; i < proj.Length; i++) proj[i] = rng.Next(2) == 0 ? -1f : 1f;
        var rowSum = new double[v];
        var colSum = new double[dims];
        double all = 0;
        foreach (var (key, n) in cooc)
        {
            rowSum[key / dims] += n;
            colSum[key % dims] += n;
            all += n;
        }
        double smoothed = 0;
        for (int j = 0; j < dims; j++) { colSum[j] = Math.Pow(colSum[j], 0.75); smoothed += colSum[j]; }
        var vectors = new float[v * d];
        foreach (var (key, n) in cooc)
        {
            int t = (int)(key / dims), j = (int)(key % dims);
            double pmi = Math.Log(n * smoothed / (rowSum[t] * colSum[j]));
            if (pmi <= 0) continue;
            var row = vectors.AsSpan(t * d, d);
            var p = proj.AsSpan(j * d, d);
            for (int k = 0; k < d; k++) row[k] += (float)pmi * p[k];
        }
        for (int t = 0; t < v; t++) Normalize(vectors.AsSpan(t * d, d));
        return vectors;
    }

    /// <summary>Spherical k-means (cosine) of n unit rows into k clusters, optionally weighted; returns each row's cluster.</summary>
    private int[] KMeans(float[] data, int n, int k, float[]? weights, Random rng, out float[] centroids)
    {
        int d = _o.Dimensions;
        centroids = new float[k * d];
        // seeds: k distinct rows, frequent words first being likelier (rows are in frequency order)
        var seeds = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(k).ToArray();
        for (int j = 0; j < k; j++) data.AsSpan(seeds[j] * d, d).CopyTo(centroids.AsSpan(j * d, d));
        var assign = new int[n];
        for (int iter = 0; iter < _o.Iterations; iter++)
        {
            int changed = 0;
            for (int i = 0; i < n; i++)
            {
                var x = data.AsSpan(i * d, d);
                int best = 0;
                float top = float.NegativeInfinity;
                for (int j = 0; j < k; j++)
                {
                    float s = Dot(x, centroids.AsSpan(j * d, d));
                    if (s > top) { top = s; best = j; }
                }
                if (assign[i] != best || iter == 0) { changed++; assign[i] = best; }
            }
            Array.Clear(centroids);
            for (int i = 0; i < n; i++)
            {
                float wgt = weights?[i] ?? 1f;
                var cen = centroids.AsSpan(assign[i] * d, d);
                var x = data.AsSpan(i * d, d);
                for (int q = 0; q < d; q++) cen[q] += wgt * x[q];
            }
            for (int j = 0; j < k; j++)
            {
                var cen = centroids.AsSpan(j * d, d);
                if (Dot(cen, cen) == 0) data.AsSpan(rng.Next(n) * d, d).CopyTo(cen); // re-seed an empty cluster
                Normalize(cen);
            }
            if (n > 1000) _log($"k-means k={k} iteration {iter + 1}: {changed} moved");
            if (changed == 0) break;
        }
        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static void Normalize(Span<float> x)
    {
        float norm = MathF.Sqrt(Dot(x, x));
        if (norm == 0) return;
        for (int i = 0; i < x.Length; i++) x[i] /= norm;
    }
}
