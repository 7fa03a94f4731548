using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>An attached pronoun comes off a folded word only when enough of the word remains.</summary>
public class PronounSuffixTests
{
    [Theory]
    [InlineData("سيطرته", 4, "سيطرت")]
    [InlineData("حليفتها", 3, "حليفت")]
    [InlineData("حلفائهم", 3, "حلفائ")]
    [InlineData("بلادهما", 3, "بلاد")]
    [InlineData("كتابه", 5, null)]
    [InlineData("الوزير", 3, null)]
    public void StripsTheSuffixWhenTheStemIsLongEnough(string word, int minStem, string? bare) =>
        Assert.Equal(bare, PronounSuffix.Strip(word, minStem));
}
