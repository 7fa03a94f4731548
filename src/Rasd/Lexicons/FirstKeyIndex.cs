using System.Collections.Concurrent;

namespace Rasd.Lexicons;

/// <summary>
/// Which phrase lexicons (every <see cref="TokenTrie{T}"/> and entity phrase index) have an entry starting with a folded key.
/// A word's mask is looked up once per distinct word (<see cref="Text.WordInfo.LexiconMask"/>), so a lexicon can reject
/// a token that starts none of its entries with one bit test instead of a dictionary lookup per clitic reading.
/// </summary>
internal static class FirstKeyIndex
{
    private static readonly ConcurrentDictionary<string, ulong> Keys = new(StringComparer.Ordinal);
    private static int _lexicons;
    private static int _version;

    /// <summary>Changes whenever a key gains a bit, so cached masks know to recompute.</summary>
    public static int Version => Volatile.Read(ref _version);

    /// <summary>A bit for a new lexicon; past 64 lexicons bits are shared, which only makes the filter let more through.</summary>
    public static ulong NewBit() => 1UL << ((Interlocked.Increment(ref _lexicons) - 1) & 63);

    /// <summary>Records that the lexicon with <paramref name="bit"/> has an entry whose first key is <paramref name="key"/>.</summary>
    public static void Add(string key, ulong bit)
    {
        if (Keys.TryGetValue(key, out var mask) && (mask & bit) != 0) return;
        Keys.AddOrUpdate(key, bit, (_, old) => old | bit);
        // bumped after the update: a reader that saw the old version recomputes next time
        Interlocked.Increment(ref _version);
    }

    /// <summary>The bits of every lexicon with an entry starting with <paramref name="key"/>.</summary>
    public static ulong Of(string key) => Keys.TryGetValue(key, out var mask) ? mask : 0;
}
