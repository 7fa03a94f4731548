using Rasd.Text;

namespace Rasd.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static List<(TokenKind Kind, string Folded, string Original)> Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (t.Kind, t.Folded, t.Text(text))).ToList();

    [Theory]
    [InlineData("1,500", "1,500")]
    [InlineData("١٬٥٠٠", "1,500")]
    [InlineData("2.5", "2.5")]
    [InlineData("٢٫٥", "2.5")]
    [InlineData("15/10/2021", "15/10/2021")]
    [InlineData("١٥/١٠/٢٠٢١", "15/10/2021")]
    [InlineData("۱۲۳", "123")]
    [InlineData("1,250,000", "1,250,000")]
    public void NumbersAreOneToken(string text, string folded)
    {
        var tokens = Tokens(text);
        var t = Assert.Single(tokens);
        Assert.Equal(TokenKind.Number, t.Kind);
        Assert.Equal(folded, t.Folded);
        Assert.Equal(text, t.Original);
    }

    [Fact]
    public void CommaThatDoesNotGroupThousandsSplitsNumbers()
    {
        var tokens = Tokens("3,4");
        Assert.Equal(["3", ",", "4"], tokens.Select(t => t.Folded));
    }

    [Fact]
    public void NumberAtSentenceEndLeavesTheDot()
    {
        var tokens = Tokens("بلغ العدد 12. ثم");
        Assert.Equal(["بلغ", "العدد", "12", ".", "ثم"], tokens.Select(t => t.Folded));
        Assert.Equal(TokenKind.Number, tokens[2].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[3].Kind);
    }

    [Theory]
    [InlineData("،")]
    [InlineData("؛")]
    [InlineData("؟")]
    [InlineData("«")]
    [InlineData("»")]
    [InlineData("“")]
    [InlineData("”")]
    [InlineData("!")]
    [InlineData("(")]
    public void ArabicAndQuotePunctuationIsItsOwnToken(string mark)
    {
        var text = $"كلمة{mark}أخرى";
        var tokens = Tokens(text);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(TokenKind.Punctuation, tokens[1].Kind);
        Assert.Equal(mark, tokens[1].Original);
        Assert.Equal("كلمه", tokens[0].Folded);
        Assert.Equal("اخري", tokens[2].Folded);
    }

    [Fact]
    public void QuotedSentenceTokens()
    {
        var text = "قال: «انتهت المعركة»، وأضاف “لن نعود”؛ فهل يعودون؟";
        var tokens = Tokens(text);
        Assert.Equal(
            ["قال", ":", "«", "انتهت", "المعركه", "»", "،", "واضاف", "“", "لن", "نعود", "”", "؛", "فهل", "يعودون", "؟"],
            tokens.Select(t => t.Folded));
    }

    // outlets tag names with a hashtag ("التقت #ميركل رئيس الوزراء سعد #الحريري"): the mark is no token, the name reads plainly
    [Fact]
    public void HashtagMarkOnAWordIsNoToken()
    {
        var tokens = Tokens("التقى الوزير سعد #الحريري في #بيروت، وغرد بوسم # فقط");
        Assert.Equal(["التقي", "الوزير", "سعد", "الحريري", "في", "بيروت", "،", "وغرد", "بوسم", "#", "فقط"], tokens.Select(t => t.Folded));
        Assert.Equal("الحريري", tokens[3].Original);
    }

    // a tagged phrase joins its words with underscores ("#وزارة_الدفاع"): they read as the words of the phrase; an underscore
    // elsewhere stays a mark
    [Fact]
    public void UnderscoresOfATaggedPhraseSeparateItsWords()
    {
        var tokens = Tokens("أعلنت #وزارة_الدفاع_التركية أن _ الرقم ليس_");
        Assert.Equal(["اعلنت", "وزاره", "الدفاع", "التركيه", "ان", "_", "الرقم", "ليس", "_"], tokens.Select(t => t.Folded));
    }

    [Fact]
    public void NoBreakSpaceSeparatesWords()
    {
        var tokens = Tokens("ريف\u00A0حلب");
        Assert.Equal(["ريف", "حلب"], tokens.Select(t => t.Folded));
        Assert.True(Tokenizer.Tokenize("ريف\u00A0حلب")[1].SpaceBefore);
    }

    [Theory]
    [InlineData("\u200C")] // ZWNJ
    [InlineData("\u200D")] // ZWJ
    [InlineData("\u200E")] // LRM
    [InlineData("\u200F")] // RLM
    [InlineData("\u0640")] // tatweel
    public void InvisibleCharactersInsideAWordKeepItWhole(string mark)
    {
        var text = $"الحكو{mark}مة";
        var t = Assert.Single(Tokens(text));
        Assert.Equal("الحكومه", t.Folded);
        Assert.Equal(text, t.Original);
    }

    [Theory]
    [InlineData("\u200E")]
    [InlineData("\u200F")]
    public void BidiMarksAroundNumbersAreNotTokens(string mark)
    {
        var text = $"في {mark}2021{mark} قتل";
        var tokens = Tokens(text);
        Assert.Equal(["في", "2021", "قتل"], tokens.Select(t => t.Folded));
        Assert.Equal("2021", tokens[1].Original);
    }

    [Fact]
    public void DiacriticsAndTanweenStayInsideTheWordSpan()
    {
        var text = "قُتِلَ طفلاً،";
        var tokens = Tokens(text);
        Assert.Equal(["قتل", "طفلا", "،"], tokens.Select(t => t.Folded));
        Assert.Equal("قُتِلَ", tokens[0].Original);
        Assert.Equal("طفلاً", tokens[1].Original);
    }

    [Fact]
    public void ArticleGluedToDigitsByTatweel()
    {
        var tokens = Tokens("الـ17");
        Assert.Equal(["ال", "17"], tokens.Select(t => t.Folded));
        Assert.Equal("الـ", tokens[0].Original);
    }

    [Fact]
    public void SpaceBeforeTellsGluedTokens()
    {
        var tokens = Tokenizer.Tokenize("أكثر من 130 شخصاً، بينهم");
        Assert.Equal([true, true, true, true, false, true], tokens.Select(t => t.SpaceBefore));
    }

    [Fact]
    public void LatinWordsFoldToLowerCase()
    {
        var tokens = Tokens("وكالة AFP للأنباء");
        Assert.Equal(["وكاله", "afp", "للانباء"], tokens.Select(t => t.Folded));
    }

    [Fact]
    public void TokenOffsetsPointIntoTheFoldedText()
    {
        var folded = ArabicFolding.FoldWithOffsets("وقُتِلَ ١٢ مدنياً");
        foreach (var t in Tokenizer.Tokenize(folded))
            Assert.Equal(t.Folded, folded.Folded.Substring(t.FoldedStart, t.Folded.Length));
    }

    // index, kind and the space before are packed into one field: every kind with and without a space keeps its own
    [Fact]
    public void EveryKindKeepsItsIndexAndTheSpaceBefore()
    {
        var tokens = Tokenizer.Tokenize("قال: 12 كلمة%، و«نص» 7$ ثم.");
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Index));
        Assert.Equal(
            [TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol, TokenKind.Word, TokenKind.Punctuation],
            tokens.Select(t => t.Kind));
        Assert.Equal([true, false, true, true, false, false, true, false, false, false, true, false, true, false], tokens.Select(t => t.SpaceBefore));
        Assert.All(Enum.GetValues<TokenKind>(), k => Assert.InRange((int)k, 0, 3));
    }
}
