namespace Rasd.Text;

/// <summary>The folded view of a text with a map from folded offsets back to original offsets.</summary>
public sealed class FoldedText
{
    // null when folding removed nothing: every folded offset is then its original offset
    private readonly int[]? _toOriginal;

    internal FoldedText(string original, string folded, int[]? toOriginal)
    {
        Original = original;
        Folded = folded;
        _toOriginal = toOriginal;
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>Original offset of the folded char at <paramref name="foldedIndex"/> (or the end of text).</summary>
    public int ToOriginal(int foldedIndex) =>
        _toOriginal is null ? (foldedIndex >= 0 && foldedIndex <= Folded.Length ? foldedIndex : throw new IndexOutOfRangeException()) : _toOriginal[foldedIndex];

    /// <summary>Maps a folded [start,end) range to the original span: from the first char's origin to just past the last char's origin.</summary>
    public TextSpan ToOriginalSpan(int foldedStart, int foldedEnd)
    {
        if (foldedEnd <= foldedStart) { int o = ToOriginal(foldedStart); return new TextSpan(o, o); }
        int start = ToOriginal(foldedStart);
        int end = ToOriginal(foldedEnd - 1) + 1;
        // Marks that folding dropped right after the last letter (tanween on "طفلاً") belong to the word.
        while (end < Original.Length && IsTrailingMark(Original[end])) end++;
        // A surrogate pair folds to itself: keep both halves together.
        if (end < Original.Length && char.IsHighSurrogate(Original[end - 1]) && char.IsLowSurrogate(Original[end])) end++;
        return new TextSpan(start, end);
    }

    private static bool IsTrailingMark(char c) => c == '\u0640' || c == '\u0670' || (c >= '\u064B' && c <= '\u065F');
}
