using CsCheck;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>Generated Arabic-like text: every token's folded form is the folding of the text its span points to.</summary>
public class TokenPropertyTests
{
    private static readonly string[] Letters = [.. "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةئؤ".Select(c => c.ToString())];
    private static readonly string[] Marks = [.. Enumerable.Range(0x064B, 0x065F - 0x064B + 1).Select(c => ((char)c).ToString()), "\u0670", "\u0640"];
    private static readonly string[] Digits = [.. "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹".Select(c => c.ToString())];
    private static readonly string[] Separators = [",", ".", "/", "٬", "٫"];
    private static readonly string[] Clitics = ["و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "وبال", "فال", "كال", "ولل", "س", "الـ"];
    private static readonly string[] Spaces = [" ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u202F"];
    private static readonly string[] Punctuation = ["«", "»", "“", "”", "،", "؛", "؟", ".", "!", "?", "(", ")", ":", "\"", "-", "…", "%", "٪", "😀"];
    private static readonly string[] Latin = ["A", "b", "Z", "q", "é"];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, (IGen<string>)Gen.OneOf(Letters)),
        (10, (IGen<string>)Gen.OneOf(Marks)),
        (12, (IGen<string>)Gen.OneOf(Digits)),
        (4, (IGen<string>)Gen.OneOf(Separators)),
        (6, (IGen<string>)Gen.OneOf(Clitics)),
        (14, (IGen<string>)Gen.OneOf(Spaces)),
        (6, (IGen<string>)Gen.OneOf(Punctuation)),
        (2, (IGen<string>)Gen.OneOf(Latin)));

    private static readonly Gen<string> ArabicText = Piece.Array[0, 60].Select(string.Concat);

    private static readonly Tokenizer Tokenizer = new(ProtectedWords.DefaultAnalyzer);

    [Fact]
    public void FoldedFormIsTheFoldingOfTheSpan() =>
        ArabicText.Sample(text =>
        {
            foreach (var t in Tokenizer.Tokenize(text))
                Assert.Equal(ArabicFolding.FoldString(t.Text(text)), t.Folded);
        }, iter: 3000);

    [Fact]
    public void SpansAreInOrderNonEmptyAndInBounds() =>
        ArabicText.Sample(text =>
        {
            int previousEnd = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.True(t.Start >= previousEnd, $"token {t} starts before {previousEnd}");
                Assert.True(t.End > t.Start, $"empty token {t}");
                Assert.True(t.End <= text.Length);
                Assert.NotEmpty(t.Folded);
                previousEnd = t.End;
            }
        }, iter: 3000);

    [Fact]
    public void FoldedOffsetsAndReadingsAgreeWithTheToken() =>
        ArabicText.Sample(text =>
        {
            var folded = ArabicFolding.FoldWithOffsets(text);
            Assert.Equal(ArabicFolding.FoldString(text), folded.Folded);
            foreach (var t in Tokenizer.Tokenize(folded))
            {
                Assert.Equal(t.Folded, folded.Folded.Substring(t.FoldedStart, t.Folded.Length));
                foreach (var r in t.Readings)
                    Assert.Equal(t.Folded, r.Proclitics + r.Stem);
            }
        }, iter: 2000);

    [Fact]
    public void SentencesPartitionTheTokens() =>
        ArabicText.Sample(text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            int next = 0, previousEnd = 0;
            foreach (var s in new SentenceSplitter().Split(text, tokens))
            {
                Assert.Equal(next, s.FirstToken);
                Assert.True(s.Span.Start >= previousEnd && s.Span.End <= text.Length && s.Span.Start < s.Span.End);
                next = s.EndToken;
                previousEnd = s.Span.End;
            }
            Assert.Equal(tokens.Count, next);
        }, iter: 2000);
}
