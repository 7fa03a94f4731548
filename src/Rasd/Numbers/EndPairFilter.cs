namespace Rasd.Numbers;

/// <summary>
/// A quick "certainly not a key" test on the last two letters of a word, built from every key of a word list: a
/// per-word computation then looks a form up only when it ends like some key (most words end like none of a short list).
/// </summary>
/// <remarks>Letters are folded to their low byte (Arabic letters differ there), which only lets more through; keys of one letter always pass.</remarks>
internal sealed class EndPairFilter
{
    private readonly ulong[] _bits = new ulong[(1 << 16) / 64];

    public void Add(string key)
    {
        if (key.Length < 2) return;
        int i = Index(key);
        _bits[i >> 6] |= 1UL << (i & 63);
    }

    public void AddAll(IEnumerable<string> keys)
    {
        foreach (var k in keys) Add(k);
    }

    /// <summary>False only when no key of the list ends with the last two letters of <paramref name="word"/> (any word shorter than two letters may be one).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return true;
        int i = Index(word);
        return (_bits[i >> 6] & (1UL << (i & 63))) != 0;
    }

    private static int Index(ReadOnlySpan<char> word) => (word[^2] & 0xFF) << 8 | (word[^1] & 0xFF);
}
