using Rasd.Lexicons;

namespace Rasd.Text;

/// <summary>
/// What is known about one distinct folded word, computed once and shared by every token that spells it:
/// its clitic readings, which phrase lexicons it can start (<see cref="LexiconMask"/>), and answers that word lists
/// derive from the word alone (<see cref="Memo{TState}"/>).
/// </summary>
/// <remarks>Shared across documents and threads, so every field is either set before the word is published or swapped as one reference.</remarks>
internal sealed class WordInfo
{
    private const int MemoCount = 8;

    /// <summary>Whether the analyser's shared table holds this word (a word outside it is shared within a text by the thread's recent words only).</summary>
    internal bool Shared { get; set; }
    private static int _slots;

    // answers kept inside the object (value + 1, 0 = not yet known): a stage's pass over the tokens then reads
    // one object per word rather than chasing a slot array and a boxed value
    [System.Runtime.CompilerServices.InlineArray(MemoCount)]
    private struct MemoSlots
    {
        private int _first;
    }

    // the mask and the index version it was computed at; written mask first, version last
    private ulong _mask;
    private int _maskVersion = -1;
    private MemoSlots _memo;

    public WordInfo(string folded, TokenKind kind, CliticAnalyzer clitics)
    {
        Folded = folded;
        _kind = (byte)kind;
        Readings = kind == TokenKind.Word ? clitics.Analyze(folded) : new(folded);
    }

    public string Folded { get; }

    // the kind in a byte, beside the Shared flag: a word object is then 88 bytes instead of 96, and a pass over ANT makes
    // some 700k of them (the words past the analyser's table, analysed afresh)
    private readonly byte _kind;

    public TokenKind Kind => (TokenKind)_kind;

    public CliticReadings Readings { get; }

    /// <summary>The <see cref="FirstKeyIndex"/> bits of every key a phrase lookup tries for this word: each reading's stem, and with the article when it has one.</summary>
    public ulong LexiconMask
    {
        get
        {
            int version = FirstKeyIndex.Version;
            if (Volatile.Read(ref _maskVersion) == version) return _mask;
            ulong mask = 0;
            foreach (var r in Readings)
            {
                mask |= FirstKeyIndex.Of(r.Stem);
                if (r.HasArticle) mask |= FirstKeyIndex.Of(r.StemWithArticle);
            }
            _mask = mask;
            Volatile.Write(ref _maskVersion, version);
            return mask;
        }
    }

    /// <summary>A memo slot for a word list whose answer depends on the word alone; -1 when all slots are taken (the caller then computes every time).</summary>
    public static int NewMemoSlot()
    {
        int slot = Interlocked.Increment(ref _slots) - 1;
        return slot < MemoCount ? slot : -1;
    }

    /// <summary>Whether every slot handed out so far has a place in the memo (a user past the last slot computes at every token).</summary>
    public static bool AllSlotsFit => Volatile.Read(ref _slots) <= MemoCount;

    /// <summary>The (non-negative) answer cached in <paramref name="slot"/>, computed from a token spelling this word on first use.</summary>
    public int Memo<TState>(int slot, Token token, TState state, Func<TState, Token, int> compute)
    {
        if (slot < 0) return compute(state, token);
        int known = _memo[slot];
        if (known != 0) return known - 1;
        int value = compute(state, token);
        _memo[slot] = value + 1;
        return value;
    }
}
