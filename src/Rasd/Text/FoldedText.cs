namespace Rasd.Text;

/// <summary>The folded view of a text with a map from folded offsets back to original offsets.</summary>
public sealed class FoldedText
{
    // where folding removed chars, as sparse gaps: from folded index _gapAt[g] on, the original is _gapShift[g] chars further
    // (null when folding removed nothing: every folded offset is then its original offset). Most texts lose a few marks,
    // so a few gaps stand for what a dense map would store as one int per char.
    private readonly int[]? _gapAt;
    private readonly int[]? _gapShift;

    internal FoldedText(string original, string folded, int[]? gapAt, int[]? gapShift)
    {
        Original = original;
        Folded = folded;
        _gapAt = gapAt;
        _gapShift = gapShift;
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>Original offset of the folded char at <paramref name="foldedIndex"/> (or the end of text).</summary>
    public int ToOriginal(int foldedIndex)
    {
        if (foldedIndex < 0 || foldedIndex > Folded.Length) throw new IndexOutOfRangeException();
        if (_gapAt is null) return foldedIndex;
        // the last gap at or before the index
        int lo = 0, hi = _gapAt.Length - 1, shift = 0;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (_gapAt[mid] <= foldedIndex) { shift = _gapShift![mid]; lo = mid + 1; }
            else hi = mid - 1;
        }
        return foldedIndex + shift;
    }

    /// <summary>Maps a folded [start,end) range to the original span: from the first char's origin to just past the last char's origin.</summary>
    public TextSpan ToOriginalSpan(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart) { int o = ToOriginal(foldedStart); return new TextSpan(o, o); }
        return Widen(ToOriginal(foldedStart), ToOriginal(foldedEnd - 1) + 1);
    }

    /// <summary>
    /// <see cref="ToOriginalSpan"/> for non-empty ranges met in increasing order (the tokenizer's): <paramref name="gap"/>
    /// (0 before the first call) keeps the place in the gap list, so each call steps forward instead of searching.
    /// </summary>
    internal TextSpan ToOriginalSpanForward(int foldedStart, int foldedEnd, ref int gap)
    {
        if (_gapAt is null) return Widen(foldedStart, foldedEnd);
        int start = foldedStart + ShiftForward(foldedStart, ref gap);
        int end = foldedEnd - 1 + ShiftForward(foldedEnd - 1, ref gap) + 1;
        return Widen(start, end);
    }

    // the shift of the last gap at or before the index, moving the cursor past every gap that starts there or earlier
    private int ShiftForward(int foldedIndex, ref int gap)
    {
        while (gap < _gapAt!.Length && _gapAt[gap] <= foldedIndex) gap++;
        return gap == 0 ? 0 : _gapShift![gap - 1];
    }

    private TextSpan Widen(int start, int end)
    {
        // Marks that folding dropped right after the last letter (tanween on "طفلاً") belong to the word.
        while (end < Original.Length && IsTrailingMark(Original[end])) end++;
        // A surrogate pair folds to itself: keep both halves together.
        if (end < Original.Length && char.IsHighSurrogate(Original[end - 1]) && char.IsLowSurrogate(Original[end])) end++;
        return new TextSpan(start, end);
    }

    private static bool IsTrailingMark(char c) => c == '\u0640' || c == '\u0670' || (c >= '\u064B' && c <= '\u065F');
}
