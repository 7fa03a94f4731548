namespace Rasd.Numbers;

/// <summary>
/// A quick "certainly not a key" test for exact lookups in a word list: a bit per hash of a form's length and its first
/// and last two letters, set for every key; a form whose bit is clear is no key, and its dictionary lookup is spared.
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits = new ulong[(1 << 16) / 64];

    public void AddAll(IEnumerable<string> keys)
    {
        foreach (var k in keys)
        {
            int i = Index(k);
            _bits[i >> 6] |= 1UL << (i & 63);
        }
    }

    /// <summary>False only when <paramref name="form"/> is certainly none of the keys.</summary>
    public bool MayContain(ReadOnlySpan<char> form)
    {
        int i = Index(form);
        return (_bits[i >> 6] & (1UL << (i & 63))) != 0;
    }

    // the third letter from each end too: most keys and asked forms share "ال" and a few endings (ه, ين, ات), and with two
    // letters from each end a third of the forms no list has passed the first-key index's filter
    private static int Index(ReadOnlySpan<char> w)
    {
        uint h = (uint)w.Length;
        if (w.Length > 0) h = (h * 31 + w[0]) * 31 + w[^1];
        if (w.Length > 1) h = (h * 31 + w[1]) * 31 + w[^2];
        if (w.Length > 2) h = (h * 31 + w[2]) * 31 + w[^3];
        return (int)((h * 0x9E3779B1u) >> 16);
    }
}
