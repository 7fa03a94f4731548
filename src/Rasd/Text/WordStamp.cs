using System.Runtime.CompilerServices;

namespace Rasd.Text;

/// <summary>
/// A word's kind, length and first chars, kept inside a word-table slot: most lookups then compare a token with the
/// slot without reading the word's string, which for a table larger than the caches is a second memory miss after the slot's own.
/// </summary>
internal readonly struct WordStamp
{
    /// <summary>How many chars are kept; most words are no longer.</summary>
    public const int Kept = 8;

    [InlineArray(Kept)]
    private struct Chars
    {
        private char _first;
    }

    private readonly Chars _chars;
    private readonly int _lengthAndKind;

    public WordStamp(ReadOnlySpan<char> word, TokenKind kind)
    {
        word[..Math.Min(word.Length, Kept)].CopyTo(_chars);
        _lengthAndKind = word.Length << 3 | (int)kind;
    }

    /// <summary>Whether the stamp is of <paramref name="word"/> with this kind; <paramref name="folded"/> (the slot's string) is read only past the kept chars.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Matches(ReadOnlySpan<char> word, TokenKind kind, string folded)
    {
        if (_lengthAndKind != (word.Length << 3 | (int)kind)) return false;
        if (word.Length <= Kept) return word.SequenceEqual(((ReadOnlySpan<char>)_chars)[..word.Length]);
        return word[..Kept].SequenceEqual(_chars) && word[Kept..].SequenceEqual(folded.AsSpan(Kept));
    }
}
