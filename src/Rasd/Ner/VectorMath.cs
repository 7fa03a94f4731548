using System.Numerics;

namespace Rasd.Ner;

/// <summary>Dense float vector helpers (SIMD) shared by the word-clustering methods.</summary>
internal static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float s = Vector.Sum(sum);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>acc += scale · x</summary>
    public static void AddScaled(Span<float> acc, ReadOnlySpan<float> x, float scale)
    {
        int i = 0;
        var s = new Vector<float>(scale);
        for (; i <= acc.Length - Vector<float>.Count; i += Vector<float>.Count)
            (new Vector<float>(acc[i..]) + s * new Vector<float>(x[i..])).CopyTo(acc[i..]);
        for (; i < acc.Length; i++) acc[i] += scale * x[i];
    }

    /// <summary>Scales x to unit length (a zero vector stays zero).</summary>
    public static void Normalize(Span<float> x)
    {
        float norm = MathF.Sqrt(Dot(x, x));
        if (norm == 0) return;
        for (int i = 0; i < x.Length; i++) x[i] /= norm;
    }
}
