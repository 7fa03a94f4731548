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
    }

    private readonly Slot[] _slots = new Slot[Slots];

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

    /// <summary>Keeps the word met under this hash; the stamp is made from the token's <paramref name="chars"/>, at hand, rather than from the word's string, which may be far.</summary>
    public void Remember(int hash, TokenKind kind, ReadOnlySpan<char> chars, string folded, WordInfo word)
    {
        ref var slot = ref _slots[hash & (Slots - 1)];
        slot.Hash = hash;
        slot.Stamp = new WordStamp(chars, kind);
        slot.Folded = folded;
        slot.Word = word;
    }
}
