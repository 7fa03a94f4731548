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
        // the list of the analysis this thread let go last (Recycle), when there is one: its tokens are made anew in place
        // and it is handed out as it is. A token a word was the largest allocation of a pass (40 bytes, 9.4M over ANT).
        var recycled = t_recycled;
        t_recycled = null;
        var tokens = recycled ?? ThreadBuffers.Take(ref t_tokens);
        int reusable = tokens.Count, count = 0;
        var drafts = t_drafts ??= new Draft[BlockSize];
        var recent = _clitics.RecentForThread();
        recent.NewText();
        int i = 0, gap = 0;
        bool space = true;
        while (i < s.Length)
        {
            int n = Scan(s, ref i, ref space, drafts, recent);
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
                if (d.Word is null) _clitics.Touch(d.Hash);
            }
            for (int k = 0; k < n; k++)
            {
                ref var d = ref drafts[k];
                // asked of the recent words again: a word met earlier in the block is there now
                if (d.Word is null) d.Word = _clitics.Word(s.AsSpan(d.Start, d.End - d.Start), d.Hash, d.Kind, recent, out _);
            }
            for (int k = 0; k < n; k++, count++)
            {
                ref var d = ref drafts[k];
                var span = folded.ToOriginalSpanForward(d.Start, d.End, ref gap);
                if (count < reusable) tokens[count].Reuse(count, span, d.Start, d.Word!, d.Kind, d.Space);
                else tokens.Add(new Token(count, span, d.Start, d.Word!, d.Kind, d.Space));
            }
        }
        if (recycled is null) return ThreadBuffers.ExactCopy(tokens, ref t_tokens);
        if (count < reusable) tokens.RemoveRange(count, reusable - count);
        return tokens;
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    // the tokens of an analysis that nothing reads any more, for the next text on this thread
    [ThreadStatic]
    private static List<Token>? t_recycled;

    /// <summary>
    /// Hands the tokens of an analysis that nothing reads again (neither it, nor its layers, nor its record) to the next
    /// text tokenised on this thread, which makes them anew rather than allocating its own.
    /// </summary>
    internal static void Recycle(IReadOnlyList<Token> tokens)
    {
        if (tokens is List<Token> list && ThreadBuffers.Keeps(list.Capacity)) t_recycled = list;
    }

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

    }

    // scans up to a block of tokens from i on; returns how many
    private static int Scan(string s, ref int i, ref bool space, Draft[] drafts, RecentWords recent)
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
            int hash;
            // (no digit is a word char: the word test can come first)
            if (IsWordChar(c))
            {
                // words, most tokens, are hashed as they are scanned: one pass over their chars, not two
                kind = TokenKind.Word;
                uint h = WordTable.HashStep(WordTable.HashSeed, c);
                i++;
                while (i < s.Length && IsWordChar(s[i])) h = WordTable.HashStep(h, s[i++]);
                hash = WordTable.HashEnd(h);
            }
            else if (IsDigit(c))
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
                hash = WordTable.HashOf(s.AsSpan(start, i - start));
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i++;
                if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) i++;
                hash = WordTable.HashOf(s.AsSpan(start, i - start));
            }
            ref var d = ref drafts[n++];
            d.Start = start;
            d.End = i;
            d.Hash = hash;
            // the recent slot is on its way while the rest of the block is scanned
            recent.Prefetch(hash);
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
