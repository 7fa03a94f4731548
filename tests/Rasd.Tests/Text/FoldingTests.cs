using Rasd.Text;

namespace Rasd.Tests.Text;

public class FoldingTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إدلب", "ادلب")]
    [InlineData("آذار", "اذار")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("حماة", "حماه")]
    [InlineData("طفلاً", "طفلا")]
    [InlineData("قُتِلَ", "قتل")]
    [InlineData("الـ17", "ال17")]
    [InlineData("١٥٠", "150")]
    [InlineData("۱۵۰", "150")]
    [InlineData("١٬٥٠٠", "1,500")]
    [InlineData("a\u00A0b", "a b")]
    [InlineData("ب\u200Cت", "بت")]
    public void FoldsForMatching(string input, string expected) =>
        Assert.Equal(expected, ArabicFolding.FoldString(input));

    [Fact]
    public void OffsetsMapBackToTheOriginal()
    {
        var text = "قُتِلَ 45 طفلاً";
        var folded = ArabicFolding.FoldWithOffsets(text);
        Assert.Equal("قتل 45 طفلا", folded.Folded);
        var span = folded.ToOriginalSpan(7, 11);
        Assert.Equal("طفلاً", span.Of(text));
    }
}
