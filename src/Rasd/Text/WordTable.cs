namespace Rasd.Text;

/// <summary>
/// The distinct words an analyser has seen, by folded form and kind: open addressing over one array of (hash, stamp,
/// word) slots, so a lookup mostly touches that array alone, where a general dictionary chases a bucket, a node and a key first.
/// </summary>
/// <remarks>Reads take no lock: a slot goes from empty to its word once, a reader that sees it half-written only misses
/// (and the insert, under the lock, then finds the word); a resize publishes a new array whole.</remarks>
internal sealed class WordTable
{
    private struct Slot
    {
        public int Hash;
        public WordStamp Stamp;
        public string? Folded;
        public WordInfo? Word;
    }

    private readonly Lock _gate = new();
    private Slot[] _slots = new Slot[1 << 12];
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>FNV-1a over the chars, never 0 (0 marks an empty slot).</summary>
    public static int HashOf(ReadOnlySpan<char> word)
    {
        uint h = HashSeed;
        foreach (char c in word) h = HashStep(h, c);
        return HashEnd(h);
    }

    // the steps of HashOf, for the tokenizer, which hashes a word's chars as it scans them rather than in a second pass
    internal const uint HashSeed = 2166136261;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint HashStep(uint h, char c) => (h ^ c) * 16777619;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int HashEnd(uint h)
    {
        h ^= h >> 15;
        return (int)(h | 1);
    }

    public WordInfo? Find(ReadOnlySpan<char> word, int hash, TokenKind kind) => Find(word, hash, kind, out _);

    /// <summary>The word spelt <paramref name="word"/> with this kind, and its string, checked against the slot's stamp (and past it the slot's string) without reading the word object.</summary>
    public WordInfo? Find(ReadOnlySpan<char> word, int hash, TokenKind kind, out string? folded)
    {
        var slots = Volatile.Read(ref _slots);
        int mask = slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            var found = Volatile.Read(ref slot.Word);
            if (found is null) { folded = null; return null; }
            // hash, stamp and string were written before the word was published
            if (slot.Hash == hash && slot.Stamp.Matches(word, kind, slot.Folded!)) { folded = slot.Folded; return found; }
        }
    }

    /// <summary>
    /// Prefetches the slot where a lookup of this hash starts: a caller about to look up many words
    /// touches all their slots first, so that the memory misses of the table, larger than the caches, overlap instead of
    /// coming one after the other.
    /// </summary>
    public void Touch(int hash)
    {
        var slots = Volatile.Read(ref _slots);
        CachePrefetch.Of(ref slots[hash & (slots.Length - 1)]);
    }

    /// <summary>Adds the word unless an equal one (same string and kind) is there already; returns the one in the table.</summary>
    public WordInfo Add(WordInfo word, int hash)
    {
        lock (_gate)
        {
            if (Find(word.Folded, hash, word.Kind) is { } existing) return existing;
            if ((_count + 1) * 2 > _slots.Length) Volatile.Write(ref _slots, Grown(_slots));
            Insert(_slots, word, hash);
            word.Shared = true;
            Volatile.Write(ref _count, _count + 1);
            return word;
        }
    }

    private static Slot[] Grown(Slot[] old)
    {
        var slots = new Slot[old.Length * 2];
        foreach (var s in old)
            if (s.Word is not null) Insert(slots, s.Word, s.Hash);
        return slots;
    }

    private static void Insert(Slot[] slots, WordInfo word, int hash)
    {
        int mask = slots.Length - 1;
        int i = hash & mask;
        while (slots[i].Word is not null) i = (i + 1) & mask;
        // the hash, stamp and string first, the word last: a reader that sees the word sees them
        slots[i].Hash = hash;
        slots[i].Stamp = new WordStamp(word.Folded, word.Kind);
        slots[i].Folded = word.Folded;
        Volatile.Write(ref slots[i].Word, word);
    }
}
