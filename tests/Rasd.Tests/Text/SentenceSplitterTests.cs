using Rasd.Text;

namespace Rasd.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var tokens = new Tokenizer().Tokenize(text);
        return new SentenceSplitter().Split(text, tokens).Select(s => s.Span.Of(text)).ToList();
    }

    [Fact]
    public void SplitsAtFullStops() =>
        Assert.Equal(["قصفت الطائرات البلدة.", "وقتل ثلاثة."], Split("قصفت الطائرات البلدة. وقتل ثلاثة."));

    [Theory]
    [InlineData("!")]
    [InlineData("?")]
    [InlineData("؟")]
    public void SplitsAtOtherTerminators(string mark) =>
        Assert.Equal([$"هل انتهى القصف{mark}", "لا أحد يعرف."], Split($"هل انتهى القصف{mark} لا أحد يعرف."));

    [Fact]
    public void SplitsAtLineBreaksWithoutPunctuation() =>
        Assert.Equal(["عنوان الخبر", "نص الخبر الأول."], Split("عنوان الخبر\n\nنص الخبر الأول."));

    [Fact]
    public void WindowsLineBreaksSplitToo() =>
        Assert.Equal(["سطر أول", "سطر ثان"], Split("سطر أول\r\nسطر ثان"));

    [Fact]
    public void DecimalsDoNotSplit() =>
        Assert.Equal(["ارتفعت الأسعار 2.5 بالمئة أمس.", "وتراجعت اليوم."], Split("ارتفعت الأسعار 2.5 بالمئة أمس. وتراجعت اليوم."));

    [Fact]
    public void ArabicDecimalSeparatorDoesNotSplit() =>
        Assert.Single(Split("بلغت النسبة ٣٫٧ في المئة"));

    [Fact]
    public void DatesWithDotsDoNotSplit() =>
        Assert.Single(Split("وقع الحادث في 15.10.2021 صباحا"));

    [Fact]
    public void OneLetterAbbreviationsDoNotSplit() =>
        Assert.Equal(["قال د. سامر الأحمد إن الوضع سيئ.", "وأضاف أنه سيتحسن."], Split("قال د. سامر الأحمد إن الوضع سيئ. وأضاف أنه سيتحسن."));

    [Fact]
    public void LatinInitialsDoNotSplit() =>
        Assert.Single(Split("قال John F. Smith إن الاجتماع انتهى"));

    [Fact]
    public void QuotationThatContinuesDoesNotSplit() =>
        Assert.Equal(
            ["قال القائد: «لن نتراجع. سنواصل الدفاع عن المدينة» وأضاف أن التعزيزات وصلت.", "ثم غادر."],
            Split("قال القائد: «لن نتراجع. سنواصل الدفاع عن المدينة» وأضاف أن التعزيزات وصلت. ثم غادر."));

    [Fact]
    public void CurlyQuotationThatContinuesDoesNotSplit() =>
        Assert.Single(Split("وكتب على حسابه “الهدنة هشة. لكنها صامدة” مضيفا أن المفاوضات مستمرة."));

    [Fact]
    public void TerminatorRightBeforeTheClosingQuoteEndsTheSentence() =>
        Assert.Equal(["قال المتحدث: «انتهى الاجتماع.»", "وغادر الوفد."], Split("قال المتحدث: «انتهى الاجتماع.» وغادر الوفد."));

    [Fact]
    public void RunsOfTerminatorsStayTogether() =>
        Assert.Equal(["هل هذا معقول؟!", "نعم..."], Split("هل هذا معقول؟! نعم..."));

    [Fact]
    public void ClosingBracketAfterTheStopStaysWithTheSentence() =>
        Assert.Equal(["(انتهى البيان.)", "التالي"], Split("(انتهى البيان.) التالي"));

    [Fact]
    public void LineBreakEndsAnUnclosedQuote() =>
        Assert.Equal(["قال: «بدأ الهجوم", "سطر آخر.", "وآخر"], Split("قال: «بدأ الهجوم\nسطر آخر. وآخر"));

    [Fact]
    public void SentencesCoverEveryTokenOnceInOrder()
    {
        var text = "العنوان\n\nقُتل 5 أشخاص. «قال: لا!» ثم؟ و1.5 مليون.\nالنهاية";
        var tokens = new Tokenizer().Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens);
        int next = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.True(s.TokenCount > 0);
            Assert.Equal(tokens[s.FirstToken].Start, s.Span.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.Span.End);
            next = s.EndToken;
        }
        Assert.Equal(tokens.Count, next);
        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
    }

    [Fact]
    public void EmptyTextHasNoSentences() =>
        Assert.Empty(Split("  \n "));
}
