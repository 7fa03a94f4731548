namespace Rasd.Text;

/// <summary>
/// One thread's table of the words it met most recently, by hash: most tokens are a few hundred frequent words,
/// answered here without probing the analyser's large table.
/// </summary>
/// <remarks>A slot keeps the hash, kind and string beside the word, so a slot taken by another word is passed over on its
/// hash alone and a hit is checked without reading the word object. A slot is several fields, which another thread could
/// tear: hence one table per thread.</remarks>
internal sealed class RecentWords
{
    private const int Slots = 4096;

    private struct Slot
    {
        public int Hash;
        public TokenKind Kind;
        public string? Folded;
        public WordInfo? Word;
    }

    private readonly Slot[] _slots = new Slot[Slots];

    /// <summary>The word last remembered under this hash and kind, and its string, still to be compared with the token's chars.</summary>
    public WordInfo? Candidate(int hash, TokenKind kind, out string? folded)
    {
        ref var slot = ref _slots[hash & (Slots - 1)];
        if (slot.Hash == hash && slot.Kind == kind)
        {
            folded = slot.Folded;
            return slot.Word;
        }
        folded = null;
        return null;
    }

    public void Remember(int hash, TokenKind kind, string folded, WordInfo word)
    {
        ref var slot = ref _slots[hash & (Slots - 1)];
        slot.Hash = hash;
        slot.Kind = kind;
        slot.Folded = folded;
        slot.Word = word;
    }
}
