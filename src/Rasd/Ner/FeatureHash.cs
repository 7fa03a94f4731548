namespace Rasd.Ner;

/// <summary>64-bit hashing of feature strings and their combination with templates; features become bucket ids without allocating strings.</summary>
internal static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;

    public static ulong Of(ReadOnlySpan<char> s, ulong seed = 0xCBF29CE484222325UL)
    {
        ulong h = seed;
        foreach (char c in s)
        {
            h ^= c;
            h *= Prime;
        }
        return Finish(h);
    }

    public static ulong Of(string? s) => s is null ? 0x9E3779B97F4A7C15UL : Of(s.AsSpan());

    /// <summary>Combines a template id with a value hash (and an optional second value).</summary>
    public static ulong Mix(ulong template, ulong value, ulong value2 = 0)
    {
        ulong h = unchecked(template * 0x9E3779B97F4A7C15UL) ^ value;
        h = Finish(h);
        if (value2 != 0) h = Finish(h ^ unchecked(value2 * 0xC2B2AE3D27D4EB4FUL));
        return h;
    }

    /// <summary>The bucket of a feature hash in a table of 2^bits rows.</summary>
    public static int Bucket(ulong h, int bits) => (int)(h >> (64 - bits));

    private static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
