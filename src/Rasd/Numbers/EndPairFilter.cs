namespace Rasd.Numbers;

/// <summary>
/// A quick "certainly no key is a suffix of this word" test, built from every key of a word list: the last two letters
/// of two-letter keys and the last three of longer keys. A per-word computation then looks suffixes up only when the
/// word ends like some key (most words end like none of a short list).
/// </summary>
/// <remarks>Letters are folded to their low byte (Arabic letters differ there), which only lets more through.</remarks>
internal sealed class EndPairFilter
{
    private readonly ulong[] _pairs = new ulong[(1 << 16) / 64];
    private readonly ulong[] _triples = new ulong[(1 << 16) / 64];
    private bool _short;

    public void Add(string key)
    {
        if (key.Length < 2) _short = true;
        else if (key.Length == 2) Set(_pairs, PairIndex(key));
        else Set(_triples, TripleIndex(key));
    }

    public void AddAll(IEnumerable<string> keys)
    {
        foreach (var k in keys) Add(k);
    }

    /// <summary>False only when no key of the list is a suffix of <paramref name="word"/> (the whole word included).</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        _short
        || (word.Length >= 2 && IsSet(_pairs, PairIndex(word)))
        || (word.Length >= 3 && IsSet(_triples, TripleIndex(word)));

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    private static bool IsSet(ulong[] bits, int i) => (bits[i >> 6] & (1UL << (i & 63))) != 0;

    private static int PairIndex(ReadOnlySpan<char> w) => (w[^2] & 0xFF) << 8 | (w[^1] & 0xFF);

    private static int TripleIndex(ReadOnlySpan<char> w) => (int)(((uint)((w[^3] & 0xFF) << 16 | (w[^2] & 0xFF) << 8 | (w[^1] & 0xFF)) * 0x9E3779B1u) >> 16);
}
