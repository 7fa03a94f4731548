using CsCheck;
using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>The sparse offset map of a folded text gives, for every folded offset, the offset of the original char it came from.</summary>
public class FoldedOffsetTests
{
    // letters, marks folding drops (tanween, shadda, tatweel, zero-width and bidi controls, BOM), spaces and line breaks
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Const("قتل"), Gen.Const("طفلاً"), Gen.Const("مدنيّ"), Gen.Const("ـ"), Gen.Const("\u200F"), Gen.Const("\uFEFF"),
            Gen.Const(" "), Gen.Const("\r\n"), Gen.Const("١٢"), Gen.Const("ً"), Gen.Const("أ"), Gen.Const("x"))
        .Array[0, 30].Select(string.Concat);

    [Fact]
    public void EveryFoldedOffsetMapsToTheCharItCameFrom() =>
        Text.Sample(text =>
        {
            var folded = ArabicFolding.FoldWithOffsets(text);
            // the plain definition: the original index of each kept char, then the end of the text
            var kept = Enumerable.Range(0, text.Length).Where(i => ArabicFolding.Fold(text[i]) != ArabicFolding.Removed).Append(text.Length).ToList();
            Assert.Equal(kept.Count - 1, folded.Folded.Length);
            for (int f = 0; f <= folded.Folded.Length; f++) Assert.Equal(kept[f], folded.ToOriginal(f));
        }, iter: 3000);

    [Fact]
    public void ForwardSpansInIncreasingOrderEqualTheSearchedOnes() =>
        Text.Select(Gen.Int[1, 4].Array[0, 12]).Sample((text, lengths) =>
        {
            var folded = ArabicFolding.FoldWithOffsets(text);
            // consecutive non-empty ranges (with a one-char hole after each), as the tokenizer meets them
            int start = 0, gap = 0;
            foreach (int length in lengths)
            {
                int end = start + length;
                if (end > folded.Folded.Length) break;
                Assert.Equal(folded.ToOriginalSpan(start, end), folded.ToOriginalSpanForward(start, end, ref gap));
                start = end + 1;
            }
        }, iter: 3000);

    [Fact]
    public void OffsetsOutsideTheFoldedTextAreRefused()
    {
        var folded = ArabicFolding.FoldWithOffsets("طفلاً");
        Assert.Throws<IndexOutOfRangeException>(() => folded.ToOriginal(-1));
        Assert.Throws<IndexOutOfRangeException>(() => folded.ToOriginal(folded.Folded.Length + 1));
    }
}
