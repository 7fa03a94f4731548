using System.Runtime.Intrinsics;

namespace Rasd.Ner;

/// <summary>First-order Viterbi decoding over hashed emission weights with disallowed transitions (BIO: I-X only after B-X/I-X; BILOU: also no open chunk at the end).</summary>
internal static class Viterbi
{
    public static int[] Decode(FeatureSequence features, float[] emission, float[] transition, NerLabels labels)
    {
        int n = features.Length, l = labels.Count;
        var em = new float[n * l];
        for (int i = 0; i < n; i++) Emit(features.Of(i), emission, em.AsSpan(i * l, l));
        return Decode(em, n, transition, labels);
    }

    /// <summary>Decodes from precomputed emission scores, token i's at <paramref name="em"/>[i*l .. i*l+l).</summary>
    public static int[] Decode(ReadOnlySpan<float> em, int n, float[] transition, NerLabels labels)
    {
        int l = labels.Count;
        if (n == 0) return [];
        var allowed = labels.Allowed;
        // disallowed transitions as −∞, so the inner loop has no branch on them
        Span<float> trans = stackalloc float[(l + 1) * l];
        for (int k = 0; k < trans.Length; k++) trans[k] = allowed[k] ? transition[k] : float.NegativeInfinity;
        var score = Scratch(ref _score, n * l);
        var back = Scratch(ref _back, n * l);
        for (int cur = 0; cur < l; cur++) score[cur] = trans[l * l + cur] + em[cur];
        for (int i = 1; i < n; i++)
        {
            int row = i * l;
            var prevScores = score.Slice(row - l, l);
            for (int cur = 0; cur < l; cur++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int prev = 0; prev < prevScores.Length; prev++)
                {
                    float s = prevScores[prev] + trans[prev * l + cur];
                    if (s > best) { best = s; arg = prev; }
                }
                score[row + cur] = best + em[row + cur];
                back[row + cur] = arg;
            }
        }
        int last = 0;
        float top = float.NegativeInfinity;
        var end = labels.AllowedEnd;
        for (int k = 0; k < l; k++)
            if (end[k] && score[(n - 1) * l + k] > top) { top = score[(n - 1) * l + k]; last = k; }
        var path = new int[n];
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i * l + path[i]];
        return path;
    }

    [ThreadStatic] private static float[]? _score;
    [ThreadStatic] private static int[]? _back;

    /// <summary>A per-thread scratch array of at least <paramref name="size"/> elements (no pool locks, no garbage per sentence).</summary>
    internal static Span<T> Scratch<T>(ref T[]? buffer, int size)
    {
        if (buffer is null || buffer.Length < size) buffer = new T[Math.Max(size, 2 * (buffer?.Length ?? 1024))];
        return buffer.AsSpan(0, size);
    }

    /// <summary>Sums the emission rows of a token's features into <paramref name="em"/>.</summary>
    public static void Emit(ReadOnlySpan<int> ids, float[] emission, Span<float> em)
    {
        em.Clear();
        Add(ids, emission, em);
    }

    /// <summary>Adds the emission rows of <paramref name="ids"/> to <paramref name="em"/>.</summary>
    public static void Add(ReadOnlySpan<int> ids, float[] emission, Span<float> em)
    {
        int l = em.Length;
        foreach (int f in ids) AddRow(em, emission.AsSpan(f * l, l));
    }

    /// <summary>em += row, eight lanes at a time (9 labels: one vector and one scalar).</summary>
    public static void AddRow(Span<float> em, ReadOnlySpan<float> row)
    {
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; k + 8 <= em.Length; k += 8)
                (Vector256.Create<float>(em[k..]) + Vector256.Create<float>(row[k..])).CopyTo(em[k..]);
        for (; k < em.Length; k++) em[k] += row[k];
    }
}
