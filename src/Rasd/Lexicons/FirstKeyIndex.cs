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
    private static readonly Lock SnapshotLock = new();
    private static int _lexicons;
    private static int _version;

    // keys never change once the lexicons are loaded: readers use a plain dictionary copied at one version, published as
    // one reference and never written after, so a lookup takes no lock and no concurrent-dictionary overhead
    private static Snapshot _snapshot = new(-1, new Dictionary<string, ulong>(StringComparer.Ordinal), new Numbers.KeyFilter());

    // the filter spares the dictionary most lookups: a word's mask is computed for every word past the analyser's word
    // table (some 700k a pass over ANT, one lookup per reading), and most stems start no lexicon's entry
    private sealed record Snapshot(int Version, Dictionary<string, ulong> Keys, Numbers.KeyFilter Filter);

    /// <summary>Changes whenever a key gains a bit, so cached masks know to recompute.</summary>
    public static int Version => Volatile.Read(ref _version);

    // bits of lists registered only to reject tokens faster (NewFilterBit): a word they start is not thereby a word some
    // list knows
    private static ulong _filterOnly;

    /// <summary>A bit for a new lexicon; past 64 lexicons bits are shared, which only makes the filter let more through.</summary>
    public static ulong NewBit() => Allocate(filterOnly: false);

    /// <summary>
    /// A bit for a word list registered only so that its lookups can reject most tokens by their mask: unlike a lexicon's
    /// bit it is left out of <see cref="WordListBits"/>, so registering such a list changes no reading of "a word a list knows".
    /// </summary>
    public static ulong NewFilterBit() => Allocate(filterOnly: true);

    /// <summary>The bits of lexicons whose entries are words of their own (all but filter-only bits): a word whose mask has one is one some list knows.</summary>
    public static ulong WordListBits => ~Volatile.Read(ref _filterOnly);

    private static ulong Allocate(bool filterOnly)
    {
        lock (SnapshotLock)
        {
            int index = _lexicons++;
            ulong bit = 1UL << (index & 63);
            // a bit shared past 64 lists counts as a lexicon's if any list on it is one
            if (filterOnly && index < 64) _filterOnly |= bit;
            else if (!filterOnly) _filterOnly &= ~bit;
            return bit;
        }
    }

    /// <summary>Records that the lexicon with <paramref name="bit"/> has an entry whose first key is <paramref name="key"/>.</summary>
    public static void Add(string key, ulong bit)
    {
        if (Keys.TryGetValue(key, out var mask) && (mask & bit) != 0) return;
        Keys.AddOrUpdate(key, bit, (_, old) => old | bit);
        // bumped after the update: a reader that saw the old version recomputes next time
        Interlocked.Increment(ref _version);
    }

    /// <summary>The bits of every lexicon with an entry starting with <paramref name="key"/>.</summary>
    public static ulong Of(string key)
    {
        var snapshot = Current();
        return snapshot.Filter.MayContain(key) && snapshot.Keys.TryGetValue(key, out var mask) ? mask : 0;
    }

    // the snapshot of the current version; rebuilt (once, under a lock) after keys were added
    private static Snapshot Current()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        int version = Version;
        if (snapshot.Version == version) return snapshot;
        lock (SnapshotLock)
        {
            snapshot = _snapshot;
            version = Version;
            if (snapshot.Version == version) return snapshot;
            // the version is read before copying: a key added during the copy bumps it again and forces another rebuild
            var copy = new Dictionary<string, ulong>(Keys, StringComparer.Ordinal);
            var filter = new Numbers.KeyFilter();
            filter.AddAll(copy.Keys);
            snapshot = new Snapshot(version, copy, filter);
            Volatile.Write(ref _snapshot, snapshot);
            return snapshot;
        }
    }
}
