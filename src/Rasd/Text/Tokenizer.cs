namespace Rasd.Text;

/// <summary>Splits folded text into word, number and punctuation tokens, each with its original span.</summary>
public sealed class Tokenizer
{
    private readonly CliticAnalyzer _clitics;

    public Tokenizer(CliticAnalyzer? clitics = null)
    {
        _clitics = clitics ?? CliticAnalyzer.Plain;
    }

    /// <summary>Tokenises a text (folding it first).</summary>
    public IReadOnlyList<Token> Tokenize(string text) => Tokenize(ArabicFolding.FoldWithOffsets(text));

    /// <summary>Tokenises an already folded text.</summary>
    public IReadOnlyList<Token> Tokenize(FoldedText folded)
    {
        var s = folded.Folded;
        var tokens = new List<Token>(s.Length / 5 + 4);
        int i = 0, gap = 0;
        bool space = true;
        while (i < s.Length)
        {
            char c = s[i];
            if (Whitespace.Is(c) || char.IsControl(c)) { space = true; i++; continue; }
            // "سعد #الحريري", "#ميركل": a hashtag mark glued to the front of a word (as outlets tag names) is no token; the word reads as if written plainly
            if (c == '#' && space && i + 1 < s.Length && IsWordChar(s[i + 1])) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < s.Length)
                {
                    if (IsDigit(s[i])) { i++; continue; }
                    // separators only between digits: 1,500  2.5  15/10/2021
                    if ((s[i] is '.' or '/' or ',') && i + 1 < s.Length && IsDigit(s[i + 1]) && AcceptSeparator(s, start, i)) { i++; continue; }
                    break;
                }
            }
            else if (IsWordChar(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < s.Length && IsWordChar(s[i])) i++;
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
                if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) i++;
            }
            tokens.Add(new Token(tokens.Count, folded.ToOriginalSpanForward(start, i, ref gap), start, _clitics.Word(s.AsSpan(start, i - start), kind), space));
            space = false;
        }
        return tokens;
    }

    private static bool AcceptSeparator(string s, int numberStart, int sepIndex)
    {
        if (s[sepIndex] != ',') return true;
        // a comma groups thousands only when exactly three digits follow
        int j = sepIndex + 1, n = 0;
        while (j < s.Length && IsDigit(s[j])) { j++; n++; }
        return n == 3;
    }

    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    internal static bool IsWordChar(char c) =>
        (c >= '\u0621' && c <= '\u064A') || (c >= 'a' && c <= 'z') || char.IsLetter(c) || (c >= '\u0610' && c <= '\u061A') || c == '\u0670' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
