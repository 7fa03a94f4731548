namespace Rasd.Text;

/// <summary>
/// One thread's table of the words it met most recently, by hash: most tokens are a few hundred frequent words,
/// answered here without probing the analyser's large table.
/// </summary>
/// <remarks>A slot keeps the hash and the word's stamp (kind, length, first chars) beside the word, so a hit is checked
/// without reading the word or, mostly, its string. A slot is several fields, which another thread could tear: hence one
/// table per thread.</remarks>
internal sealed class RecentWords
{
    private const int Slots = 4096;

    private struct Slot
    {
        public int Hash;
        public WordStamp Stamp;
        public string? Folded;
        public WordInfo? Word;

        // the word's Shared flag when it was remembered, so that pushing it out reads the slot alone: reading it off the
        // word object, cold by then, was the most frequent memory miss of the tokenizer (a word in a slot cannot become
        // shared: only a word the slot does not answer goes to the shared table)
        public bool Shared;
    }

    private readonly Slot[] _slots = new Slot[Slots];

    // words outside the shared table that another word pushed out of their slot during the current text: kept until the
    // text ends, so that a repeat finds the same word (two words of a text may share a slot; a word not yet in the shared
    // table would otherwise be analysed afresh, or admitted to the table as a second object, when it came again)
    private readonly Dictionary<string, WordInfo> _spilled = new(StringComparer.Ordinal);

    /// <summary>Starts a new text: the words pushed out during the last one are let go.</summary>
    public void NewText()
    {
        if (_spilled.Count > 0) _spilled.Clear();
    }

    /// <summary>The word spelt <paramref name="chars"/> that this text met before and another word pushed out of its slot, or null.</summary>
    public WordInfo? Spilled(ReadOnlySpan<char> chars) =>
        _spilled.Count > 0 && _spilled.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var word) ? word : null;

    /// <summary>Starts bringing the slot of this hash into the cache, for a lookup a little later.</summary>
    public void Prefetch(int hash)
    {
        CachePrefetch.Of(ref _slots[hash & (Slots - 1)]);
    }

    /// <summary>The word spelt <paramref name="chars"/> with this kind if it is the one last remembered under its hash, and its string.</summary>
    public WordInfo? Find(ReadOnlySpan<char> chars, int hash, TokenKind kind, out string? folded)
    {
        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot.Hash == hash && slot.Stamp.Matches(chars, kind, slot.Folded!))
        {
            folded = slot.Folded;
            return slot.Word;
        }
        folded = null;
        return null;
    }

    /// <summary>Keeps the word met under this hash (<paramref name="shared"/>: whether the analyser's shared table holds it); the stamp is made from the token's <paramref name="chars"/>, at hand, rather than from the word's string, which may be far.</summary>
    public void Remember(int hash, TokenKind kind, ReadOnlySpan<char> chars, string folded, WordInfo word, bool shared)
    {
        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot.Word is { } pushed && !slot.Shared && !ReferenceEquals(pushed, word)) _spilled[slot.Folded!] = pushed;
        slot.Shared = shared;
        slot.Hash = hash;
        slot.Stamp = new WordStamp(chars, kind);
        slot.Folded = folded;
        slot.Word = word;
    }
}
