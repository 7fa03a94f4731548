using System.Numerics;
using static Rasd.Ner.VectorMath;

namespace Rasd.Ner;

/// <summary>
/// Word vectors by skip-gram with negative sampling (Mikolov et al. 2013), single-threaded and seeded so a run is
/// reproducible: dynamic window, sub-sampling of frequent words, negatives drawn from unigram counts^0.75.
/// </summary>
internal sealed class SkipGram
{
    private const int TableSize = 1 << 22;
    private readonly int _dim, _window, _negatives, _epochs;
    private readonly double _sample;
    private readonly Random _rng;

    public SkipGram(int dim, int window, int negatives, int epochs, double sample, int seed)
    {
        _dim = dim;
        _window = window;
        _negatives = negatives;
        _epochs = epochs;
        _sample = sample;
        _rng = new Random(seed);
    }

    /// <summary>Unit-length vectors, row-major [word * dim]; <paramref name="docs"/> hold word ids in 0..counts.Length (−1 = skip).</summary>
    public float[] Train(IReadOnlyList<int[]> docs, long[] counts, Action<string> log)
    {
        int v = counts.Length, d = _dim;
        var input = new float[v * d];
        var output = new float[v * d];
        for (int i = 0; i < input.Length; i++) input[i] = (_rng.NextSingle() - 0.5f) / d;
        var table = NegativeTable(counts);
        long total = counts.Sum();
        var keep = new float[v]; // probability of keeping an occurrence (sub-sampling)
        for (int i = 0; i < v; i++)
        {
            double f = counts[i] / (double)total;
            keep[i] = f <= 0 ? 1 : (float)Math.Min(1, Math.Sqrt(_sample / f) + _sample / f);
        }
        const float start = 0.025f;
        long planned = (long)_epochs * total, done = 0;
        var grad = new float[d];
        var sentence = new List<int>(512);
        for (int epoch = 0; epoch < _epochs; epoch++)
        {
            foreach (var doc in docs)
            {
                sentence.Clear();
                foreach (int w in doc)
                    if (w >= 0 && _rng.NextSingle() < keep[w]) sentence.Add(w);
                done += doc.Length;
                float rate = Math.Max(start * 0.0001f, start * (1 - done / (float)(planned + 1)));
                for (int i = 0; i < sentence.Count; i++)
                {
                    int b = _rng.Next(_window);
                    for (int j = i - _window + b; j <= i + _window - b; j++)
                    {
                        if (j == i || j < 0 || j >= sentence.Count) continue;
                        Step(input.AsSpan(sentence[j] * d, d), output, sentence[i], table, rate, grad);
                    }
                }
            }
            log($"skip-gram epoch {epoch + 1}/{_epochs}");
        }
        for (int w = 0; w < v; w++) Normalize(input.AsSpan(w * d, d));
        return input;
    }

    /// <summary>One positive pair and its negatives: logistic loss gradients on the output vectors and the context word's input vector.</summary>
    private void Step(Span<float> context, float[] output, int target, int[] table, float rate, float[] grad)
    {
        int d = _dim;
        Array.Clear(grad);
        for (int k = 0; k <= _negatives; k++)
        {
            int w = k == 0 ? target : table[_rng.Next(TableSize)];
            if (k > 0 && w == target) continue;
            var o = output.AsSpan(w * d, d);
            float score = Dot(context, o);
            float g = ((k == 0 ? 1 : 0) - Sigmoid(score)) * rate;
            AddScaled(grad, o, g);
            AddScaled(o, context, g);
        }
        AddScaled(context, grad, 1);
    }

    private static int[] NegativeTable(long[] counts)
    {
        var table = new int[TableSize];
        double norm = counts.Sum(c => Math.Pow(c, 0.75));
        int w = 0;
        double cum = Math.Pow(counts[0], 0.75) / norm;
        for (int i = 0; i < TableSize; i++)
        {
            table[i] = w;
            if (i / (double)TableSize > cum && w < counts.Length - 1) cum += Math.Pow(counts[++w], 0.75) / norm;
        }
        return table;
    }

    private static float Sigmoid(float x) => x > 8 ? 1 : x < -8 ? 0 : 1 / (1 + MathF.Exp(-x));
}
