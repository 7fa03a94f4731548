using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Tests.Text;

public class CliticTests
{
    private static Token Word(string text) => Assert.Single(new Tokenizer(ProtectedWords.DefaultAnalyzer).Tokenize(text));

    [Theory]
    [InlineData("وتركيا", "و", "تركيا", false)]
    [InlineData("بمقتل", "ب", "مقتل", false)]
    [InlineData("لأكثر", "ل", "اكثر", false)]
    [InlineData("والطيران", "وال", "طيران", true)]
    [InlineData("للدفاع", "لل", "دفاع", true)]
    [InlineData("وبالقرب", "وبال", "قرب", true)]
    [InlineData("فالحكومة", "فال", "حكومه", true)]
    [InlineData("كالعادة", "كال", "عاده", true)]
    [InlineData("وللمدنيين", "ولل", "مدنيين", true)]
    [InlineData("بالقصف", "بال", "قصف", true)]
    [InlineData("الجيش", "ال", "جيش", true)]
    [InlineData("وسيعقد", "وس", "يعقد", false)]
    [InlineData("فقصفت", "ف", "قصفت", false)]
    public void ProposesTheCliticReading(string word, string proclitics, string stem, bool article)
    {
        var t = Word(word);
        Assert.Contains(new CliticReading(proclitics, stem, article), t.Readings);
        Assert.True(t.HasStem(stem));
    }

    [Fact]
    public void WholeWordComesFirstThenLeastStripped()
    {
        var readings = Word("والطيران").Readings;
        Assert.Equal(new CliticReading("", "والطيران", false), readings[0]);
        Assert.Equal(["", "و", "وال"], readings.Select(r => r.Proclitics));
    }

    [Fact]
    public void StemWithArticlePutsTheArticleBack()
    {
        var r = Word("والطيران").Readings.Single(r => r.HasArticle);
        Assert.Equal("الطيران", r.StemWithArticle);
        Assert.True(Word("للدفاع").HasStem("الدفاع"));
    }

    [Theory]
    [InlineData("وزير")]
    [InlineData("وزارة")]
    [InlineData("وكالة")]
    [InlineData("بيان")]
    [InlineData("لبنان")]
    [InlineData("فرنسا")]
    [InlineData("خمسة")]
    [InlineData("ستة")]
    public void ProtectedWordsStayWhole(string word)
    {
        var t = Word(word);
        Assert.Equal([new CliticReading("", ArabicFolding.FoldString(word), false)], t.Readings);
    }

    [Fact]
    public void WithoutProtectionTheSplitIsOffered()
    {
        var t = Assert.Single(new Tokenizer().Tokenize("وزير"));
        Assert.Contains(t.Readings, r => r.Proclitics == "و" && r.Stem == "زير");
    }

    [Theory]
    [InlineData("في")]
    [InlineData("لن")]
    [InlineData("بل")]
    public void ShortWordsAreNotSplit(string word) =>
        Assert.Single(Word(word).Readings);

    [Fact]
    public void StemsKeepAtLeastTwoLetters()
    {
        foreach (var w in new[] { "وبه", "فال", "بالم", "ولها", "كما" })
            Assert.All(Word(w).Readings, r => Assert.True(r.Stem.Length >= 2, $"{w}: {r}"));
    }

    [Fact]
    public void NonWordsHaveOnlyTheWholeReading()
    {
        var t = Assert.Single(new Tokenizer().Tokenize("2021"));
        Assert.Equal([new CliticReading("", "2021", false)], t.Readings);
    }

    [Fact]
    public void ReadingsDoNotRepeatAPrefix()
    {
        foreach (var w in new[] { "وللدفاع", "فبالقرب", "والسيارات", "ستعقد" })
        {
            var rs = Word(w).Readings;
            Assert.Equal(rs.Count, rs.Select(r => r.PrefixLength).Distinct().Count());
            Assert.All(rs, r => Assert.Equal(ArabicFolding.FoldString(w), r.Proclitics + r.Stem));
        }
    }
}
