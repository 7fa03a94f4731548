namespace Rasd.Text;

/// <summary>Splits tokens into sentences at . ! ? ؟ and line breaks, but not inside a quotation that goes on, nor after one-letter abbreviations.</summary>
public sealed class SentenceSplitter
{
    // a handful of marks each, asked at every punctuation token: comparisons, not set lookups
    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '؟' or '…';

    private static bool IsOpener(char c) => c is '“' or '«' or '„';

    private static bool IsCloser(char c) => c is '”' or '»';

    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens) =>
        // the tokenizer's list is read as a span: the loop below reads several tokens per token, each an interface call otherwise
        Split(text, tokens is List<Token> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : tokens.ToArray());

    private static List<Sentence> Split(string text, ReadOnlySpan<Token> tokens)
    {
        // gathered in a per-thread list and copied into one of their exact size (not a list grown from four per text)
        var sentences = ThreadBuffers.Take(ref t_sentences);
        int first = 0;
        int quoteDepth = 0;
        bool straightOpen = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            // a line break before this token closes the running sentence
            if (i > first && HasLineBreak(text, tokens[i - 1].End, t.Start))
            {
                Add(sentences, tokens, first, i);
                first = i;
                quoteDepth = 0;
                straightOpen = false;
            }
            if (t.Kind != TokenKind.Punctuation || t.Folded.Length != 1) continue;
            char c = t.Folded[0];
            if (IsOpener(c)) { quoteDepth++; continue; }
            if (IsCloser(c)) { if (quoteDepth > 0) quoteDepth--; continue; }
            if (c == '"') { straightOpen = !straightOpen; continue; }
            if (!IsTerminator(c)) continue;
            // swallow runs of terminators ("..", "?!") and a closing quote right after
            int j = i + 1;
            while (j < tokens.Length && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Folded.Length == 1 && IsTerminator(tokens[j].Folded[0]) && !tokens[j].SpaceBefore) j++;
            bool inQuote = quoteDepth > 0 || straightOpen;
            if (inQuote)
            {
                // inside a quotation: a terminator followed directly by the closing quote ends the sentence; otherwise the quote goes on
                if (j < tokens.Length && tokens[j].Folded.Length == 1 && (IsCloser(tokens[j].Folded[0]) || tokens[j].Folded[0] == '"'))
                {
                    j++;
                    quoteDepth = 0;
                    straightOpen = false;
                }
                else
                {
                    i = j - 1;
                    continue;
                }
            }
            else if (c == '.' && IsAbbreviation(tokens, i))
            {
                continue;
            }
            if (j < tokens.Length && !HasLineBreak(text, tokens[j - 1].End, tokens[j].Start) && tokens[j].Kind == TokenKind.Punctuation && !tokens[j].SpaceBefore && tokens[j].Folded is ")" or "]") j++;
            Add(sentences, tokens, first, j);
            first = j;
            i = j - 1;
        }
        if (first < tokens.Length) Add(sentences, tokens, first, tokens.Length);
        return ThreadBuffers.ExactCopy(sentences, ref t_sentences);
    }

    [ThreadStatic]
    private static List<Sentence>? t_sentences;

    private static void Add(List<Sentence> sentences, ReadOnlySpan<Token> tokens, int from, int to)
    {
        if (to <= from) return;
        sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[from].Start, tokens[to - 1].End), from, to - from));
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int k = from; k < to && k < text.Length; k++)
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029') return true;
        return false;
    }

    // "د." (Dr.), "م." and single Latin initials: a one-letter word before the dot
    private static bool IsAbbreviation(ReadOnlySpan<Token> tokens, int dot)
    {
        if (dot == 0) return false;
        var prev = tokens[dot - 1];
        return prev.Kind == TokenKind.Word && prev.Folded.Length == 1 && prev.End == tokens[dot].Start;
    }
}
