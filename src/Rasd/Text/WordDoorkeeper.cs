namespace Rasd.Text;

/// <summary>
/// Admission to the bounded word table: a word is kept only once it has been met before (one bit per hash, as in
/// TinyLFU's doorkeeper), so the words seen once in a long run, about half of all distinct ones, do not take the places
/// of words that recur.
/// </summary>
/// <remarks>Bits are set without a lock: a lost write only delays one word's admission to its next sighting.</remarks>
internal sealed class WordDoorkeeper
{
    private const int Bits = 1 << 20;
    private readonly ulong[] _seen = new ulong[Bits / 64];

    /// <summary>Whether a word with this hash was met before; notes it as met.</summary>
    public bool SeenBefore(int hash)
    {
        // the table places words by the low bits of the hash; the doorkeeper uses the high ones
        int bit = (int)((uint)hash >> 12) & (Bits - 1);
        ref var cell = ref _seen[bit >> 6];
        ulong mask = 1UL << (bit & 63);
        if ((Volatile.Read(ref cell) & mask) != 0) return true;
        Interlocked.Or(ref cell, mask);
        return false;
    }
}
