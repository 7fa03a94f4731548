using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>Maps pre-tokenised corpus tokens onto Rasd tokens (folded form, kind, clitic readings), one to one.</summary>
public static class CorpusTokens
{
    /// <summary>Rasd tokens for the given corpus tokens, using the pipeline's clitic analyser (protected words stay whole).</summary>
    public static Token[] From(IReadOnlyList<string> raw, CliticAnalyzer? clitics = null)
    {
        clitics ??= ProtectedWords.DefaultAnalyzer;
        var tokens = new Token[raw.Count];
        int offset = 0, foldedOffset = 0;
        for (int i = 0; i < raw.Count; i++)
        {
            var s = raw[i];
            var folded = ArabicFolding.FoldString(s);
            if (folded.Length == 0) folded = s;
            tokens[i] = new Token(i, new TextSpan(offset, offset + s.Length), foldedOffset, clitics.Word(folded, KindOf(folded)), true);
            offset += s.Length + 1;
            foldedOffset += folded.Length + 1;
        }
        return tokens;
    }

    private static TokenKind KindOf(string folded)
    {
        bool letter = false, digit = false;
        foreach (var c in folded)
        {
            if (Tokenizer.IsDigit(c)) digit = true;
            else if (char.IsLetter(c)) letter = true;
        }
        if (letter) return TokenKind.Word;
        if (digit) return TokenKind.Number;
        return folded.Length > 0 && char.IsPunctuation(folded[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
