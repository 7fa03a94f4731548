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
    /// <remarks>
    /// Tokens are made a block at a time: the block is scanned first, then all its words are looked up in the recent
    /// words (the lookups of one phase do not wait on each other, so their cache misses overlap), and only the words
    /// not found there go to the analyser's table.
    /// </remarks>
    public IReadOnlyList<Token> Tokenize(FoldedText folded)
    {
        var s = folded.Folded;
        // tokens are gathered in a per-thread list and copied into one of their exact size: a list sized by a guess from
        // the text's length was a third too big on news text, and a list grown from a smaller guess copies itself
        var tokens = ThreadBuffers.Take(ref t_tokens);
        var drafts = t_drafts ??= new Draft[BlockSize];
        var recent = _clitics.RecentForThread();
        recent.NewText();
        int i = 0, gap = 0;
        bool space = true;
        while (i < s.Length)
        {
            int n = Scan(s, ref i, ref space, drafts);
            for (int k = 0; k < n; k++)
            {
                ref var d = ref drafts[k];
                d.Word = recent.Find(s.AsSpan(d.Start, d.End - d.Start), d.Hash, d.Kind, out _);
            }
            // the words not among the recent ones touch their slots of the shared table first: those loads do not wait
            // on each other, where the lookups below would take their misses one at a time
            for (int k = 0; k < n; k++)
            {
                ref var d = ref drafts[k];
                if (d.Word is null) d.Touched = _clitics.Touch(d.Hash);
            }
            for (int k = 0; k < n; k++)
            {
                ref var d = ref drafts[k];
                // asked of the recent words again: a word met earlier in the block is there now
                if (d.Word is null) d.Word = _clitics.Word(s.AsSpan(d.Start, d.End - d.Start), d.Hash, d.Kind, recent, out _);
            }
            for (int k = 0; k < n; k++)
            {
                ref var d = ref drafts[k];
                tokens.Add(new Token(tokens.Count, folded.ToOriginalSpanForward(d.Start, d.End, ref gap), d.Start, d.Word!, d.Kind, d.Space));
            }
        }
        return ThreadBuffers.ExactCopy(tokens, ref t_tokens);
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    // a block's drafts fit in the nearest caches; the buffer is kept per thread, so a text makes no array for them
    private const int BlockSize = 256;

    [ThreadStatic]
    private static Draft[]? t_drafts;

    /// <summary>A token scanned but not yet looked up.</summary>
    private struct Draft
    {
        public int Start;
        public int End;
        public int Hash;
        public TokenKind Kind;
        public bool Space;
        public WordInfo? Word;

        // what Touch read, kept so that the read is not dropped
        public int Touched;
    }

    // scans up to a block of tokens from i on; returns how many
    private static int Scan(string s, ref int i, ref bool space, Draft[] drafts)
    {
        int n = 0;
        while (i < s.Length && n < drafts.Length)
        {
            char c = s[i];
            if (Whitespace.Is(c) || char.IsControl(c)) { space = true; i++; continue; }
            // "سعد #الحريري", "#ميركل": a hashtag mark glued to the front of a word (as outlets tag names) is no token; the word reads as if written plainly
            if (c == '#' && space && i + 1 < s.Length && IsWordChar(s[i + 1])) { i++; continue; }
            // "#سيرغي_سكريبال", "#مجلس_الأمن": the underscores of a tagged phrase stand for the spaces between its words
            if (c == '_' && i > 0 && IsWordChar(s[i - 1]) && i + 1 < s.Length && IsWordChar(s[i + 1])) { space = true; i++; continue; }
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
            ref var d = ref drafts[n++];
            d.Start = start;
            d.End = i;
            d.Hash = WordTable.HashOf(s.AsSpan(start, i - start));
            d.Kind = kind;
            d.Space = space;
            space = false;
        }
        return n;
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
