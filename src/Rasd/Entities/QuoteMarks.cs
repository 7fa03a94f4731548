using Rasd.Text;

namespace Rasd.Entities;

/// <summary>The quote-mark test of <see cref="Token.IsQuoteMark"/>, asked of punctuation only.</summary>
/// <remarks>
/// Every quote mark is a punctuation token, and the kind is a field of the token: a word (most tokens the phrase walks and the
/// recogniser's rules ask about) is rejected without comparing its string, which lies elsewhere in the heap, to six marks.
/// </remarks>
internal static class QuoteMarks
{
    public static bool Is(Token t) => t.Kind == TokenKind.Punctuation && t.IsQuoteMark;
}
