using System.Numerics;
using Rasd.Text;
using static Rasd.Ner.VectorMath;

namespace Rasd.Ner;

/// <summary>
/// Learns word clusters without labels: each frequent word gets a sparse context vector (PPMI of left, right and ±2
/// neighbours among the most frequent words), then spherical k-means groups the words in that space;
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
        var stems = new Dictionary<string, string>(StringComparer.Ordinal); // folded word → stem key (clitic analysis once per type)
        string Key(Token t)
        {
            if (t.Kind == TokenKind.Number) return "0";
            if (!_o.Stems || t.Kind != TokenKind.Word) return t.Folded;
            if (!stems.TryGetValue(t.Folded, out var stem)) stems[t.Folded] = stem = t.Readings[^1].StemWithArticle;
            return stem;
        }
        foreach (var text in texts)
        {
            var toks = tokenizer.Tokenize(text);
            var seq = new int[toks.Count];
            for (int i = 0; i < toks.Count; i++)
            {
                var key = Key(toks[i]);
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

        if (_o.Method == ClusterMethod.SkipGram) return FromSkipGram(docs, counts, target, words: WordsOf(ids, target, v), v);

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
        var rows = Ppmi(cooc, v, dims);
        cooc.Clear();
        var words = WordsOf(ids, target, v);

        if (v == 0) throw new ArgumentException($"no word occurs {_o.MinCount} times: the corpus is too small to cluster");
        var rng = new Random(_o.Seed);
        int k = Math.Min(_o.Clusters, v);
        var fine = KMeansSparse(rows, v, dims, k, rng, out var fineCentroids);
        return Hierarchy(words, fine, fineCentroids, k, dims, rng);
    }

    /// <summary>Mid and coarse levels: weighted k-means over the fine centroids (k/4 and k/16 groups).</summary>
    private WordClusters Hierarchy(string[] words, int[] fine, float[] fineCentroids, int k, int dims, Random rng)
    {
        var fineSizes = new float[k];
        foreach (var f in fine) fineSizes[f]++;
        var mid = KMeansDense(fineCentroids, k, dims, Math.Max(1, k / 4), fineSizes, rng, out _);
        var coarse = KMeansDense(fineCentroids, k, dims, Math.Max(1, k / 16), fineSizes, rng, out _);
        var map = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        for (int r = 0; r < words.Length; r++) map[words[r]] = (coarse[fine[r]], mid[fine[r]], fine[r]);
        return new WordClusters(map);
    }

    private static string[] WordsOf(Dictionary<string, int> ids, int[] target, int v)
    {
        var words = new string[v];
        foreach (var (w, id) in ids) if (target[id] >= 0) words[target[id]] = w;
        return words;
    }

    /// <summary>Skip-gram vectors for the target words (other words dropped from the text), then spherical k-means over them.</summary>
    private WordClusters FromSkipGram(List<int[]> docs, List<long> counts, int[] target, string[] words, int v)
    {
        if (v == 0) throw new ArgumentException($"no word occurs {_o.MinCount} times: the corpus is too small to cluster");
        var mapped = docs.Select(doc => doc.Select(id => target[id]).ToArray()).ToList();
        var targetCounts = new long[v];
        for (int id = 0; id < target.Length; id++) if (target[id] >= 0) targetCounts[target[id]] = counts[id];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var vectors = new SkipGram(_o.Dimensions, 5, 5, _o.Epochs, 1e-4, _o.Seed).Train(mapped, targetCounts, m => _log($"{m} ({watch.Elapsed.TotalSeconds:F0}s)"));
        var rng = new Random(_o.Seed);
        int k = Math.Min(_o.Clusters, v);
        var ones = new float[v];
        Array.Fill(ones, 1f);
        var fine = KMeansDense(vectors, v, _o.Dimensions, k, ones, rng, out var centroids);
        _log($"k-means k={k} over {v} vectors ({watch.Elapsed.TotalSeconds:F0}s)");
        return Hierarchy(words, fine, centroids, k, _o.Dimensions, rng);
    }

    private static int[] Fill(int n, int value)
    {
        var a = new int[n];
        Array.Fill(a, value);
        return a;
    }

    /// <summary>Sparse rows of positive PMI (context counts smoothed by ^0.75, Levy et al. 2015), each L2-normalised.</summary>
    private static (int[] Start, int[] Col, float[] Val) Ppmi(Dictionary<long, int> cooc, int v, int dims)
    {
        var rowSum = new double[v];
        var colSum = new double[dims];
        foreach (var (key, n) in cooc)
        {
            rowSum[key / dims] += n;
            colSum[key % dims] += n;
        }
        double smoothed = 0;
        for (int j = 0; j < dims; j++) { colSum[j] = Math.Pow(colSum[j], 0.75); smoothed += colSum[j]; }
        var entries = new List<(int Row, int Col, float Val)>(cooc.Count);
        foreach (var (key, n) in cooc)
        {
            int t = (int)(key / dims), j = (int)(key % dims);
            double pmi = Math.Log(n * smoothed / (rowSum[t] * colSum[j]));
            if (pmi > 0) entries.Add((t, j, (float)pmi));
        }
        entries.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Col.CompareTo(b.Col));
        var start = new int[v + 1];
        var col = new int[entries.Count];
        var val = new float[entries.Count];
        for (int i = 0; i < entries.Count; i++) { start[entries[i].Row + 1]++; col[i] = entries[i].Col; val[i] = entries[i].Val; }
        for (int t = 0; t < v; t++) start[t + 1] += start[t];
        for (int t = 0; t < v; t++) Normalize(val.AsSpan(start[t], start[t + 1] - start[t]));
        return (start, col, val);
    }

    /// <summary>Spherical k-means of sparse unit rows; scores come from a context-major copy of the centroids, so each row costs nnz·k.</summary>
    private int[] KMeansSparse((int[] Start, int[] Col, float[] Val) rows, int n, int dims, int k, Random rng, out float[] centroids)
    {
        centroids = new float[k * dims]; // cluster-major
        var byContext = new float[dims * k]; // context-major, for scoring
        // seeds among the more frequent half of the words, whose vectors are less noisy
        var seeds = Enumerable.Range(0, Math.Max(k, n / 2)).OrderBy(_ => rng.Next()).Take(k).ToArray();
        for (int j = 0; j < k; j++)
            for (int p = rows.Start[seeds[j]]; p < rows.Start[seeds[j] + 1]; p++) centroids[j * dims + rows.Col[p]] = rows.Val[p];
        var assign = new int[n];
        var score = new float[k];
        for (int iter = 0; iter < _o.Iterations; iter++)
        {
            for (int j = 0; j < k; j++)
                for (int c = 0; c < dims; c++) byContext[c * k + j] = centroids[j * dims + c];
            int changed = 0;
            for (int i = 0; i < n; i++)
            {
                Array.Clear(score);
                var acc = score.AsSpan();
                for (int p = rows.Start[i]; p < rows.Start[i + 1]; p++)
                    AddScaled(acc, byContext.AsSpan(rows.Col[p] * k, k), rows.Val[p]);
                int best = 0;
                for (int j = 1; j < k; j++) if (score[j] > score[best]) best = j;
                if (assign[i] != best || iter == 0) { changed++; assign[i] = best; }
            }
            Array.Clear(centroids);
            for (int i = 0; i < n; i++)
                for (int p = rows.Start[i]; p < rows.Start[i + 1]; p++) centroids[assign[i] * dims + rows.Col[p]] += rows.Val[p];
            for (int j = 0; j < k; j++)
            {
                var cen = centroids.AsSpan(j * dims, dims);
                if (Dot(cen, cen) == 0)
                {
                    int r = rng.Next(n); // re-seed an empty cluster
                    for (int p = rows.Start[r]; p < rows.Start[r + 1]; p++) cen[rows.Col[p]] = rows.Val[p];
                }
                Normalize(cen);
            }
            _log($"k-means k={k} iteration {iter + 1}: {changed} moved");
            if (changed == 0) break;
        }
        return assign;
    }

    /// <summary>Weighted spherical k-means of dense unit rows (the fine centroids) into k groups.</summary>
    private int[] KMeansDense(float[] data, int n, int d, int k, float[] weights, Random rng, out float[] centroids)
    {
        centroids = new float[k * d];
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
            for (int i = 0; i < n; i++) AddScaled(centroids.AsSpan(assign[i] * d, d), data.AsSpan(i * d, d), weights[i]);
            for (int j = 0; j < k; j++)
            {
                var cen = centroids.AsSpan(j * d, d);
                if (Dot(cen, cen) == 0) data.AsSpan(rng.Next(n) * d, d).CopyTo(cen);
                Normalize(cen);
            }
            if (changed == 0) break;
        }
        return assign;
    }
}
