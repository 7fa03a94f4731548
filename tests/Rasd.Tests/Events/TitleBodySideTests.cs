namespace Rasd.Tests.Events;

/// <summary>
/// A title that names no body of its own ("الأمين العام") acts for the body its "ل" complement names, not for the UN; that body
/// and the holder's name are the speaker, no party to the deed he speaks of.
/// </summary>
public class TitleBodySideTests
{
    [Fact]
    public void APartyLeaderSpeaksForHisPartyAndTakesNoPartInTheStrikesHeCondemns()
    {
        var record = EventTexts.Extract("ندد الأمين العام لحزب الله حسن نصر الله بالغارات الإسرائيلية على جنوب لبنان.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["LBNREB"], accuse.Actors);
        Assert.DoesNotContain("LBNREB", accuse.Targets);
        var strike = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("LBNREB", strike.Actors);
        Assert.Contains("ISRMIL", strike.Actors);
    }

    [Fact]
    public void ASeparateLamAndQuotesStillNameTheBody()
    {
        var record = EventTexts.Extract("وانتقد الأمين العام لـ «حزب الله» حسن نصرالله الحكومة السعودية.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["LBNREB"], accuse.Actors);
        Assert.DoesNotContain("LBNREB", accuse.Targets);
    }

    [Fact]
    public void AStateCouncilsSecretaryActsForItsGovernment()
    {
        var record = EventTexts.Extract("ودعا الأمين العام للمجلس الأعلى للدفاع اللبناني إلى اجتماع طارئ.");
        var call = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.Equal(["LBNGOV"], call.Actors);
        Assert.Empty(call.Targets);
    }

    [Fact]
    public void AStateBodyWithANationalityIsThatStatesGovernment()
    {
        var record = EventTexts.Extract("وندد الأمين العام للمجلس الأعلى للأمن القومي الإيراني بالغارات الإسرائيلية على سوريا.");
        var accuse = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["IRNGOV"], accuse.Actors);
    }

    [Fact]
    public void AnUnknownPartysSecretaryIsNoUnOfficial()
    {
        var record = EventTexts.Extract("وندد الأمين العام للحزب الديمقراطي الحر بالهجوم على السفارة الأمريكية في طوكيو.");
        Assert.DoesNotContain(record.Events, e => e.Actors.Contains("IGO"));
    }

    [Fact]
    public void ANamedPersonTheTitleDescribesTakesTheBodysSide()
    {
        var record = EventTexts.Extract("وقال فادي كرم، الأمين العام لحزب الله، إن الغارات الإسرائيلية على جنوب لبنان لن تمر.");
        Assert.Contains(record.Entities, x => x.Text == "فادي كرم" && x.Actor == "LBNREB");
    }

    [Theory]
    [InlineData("ودعا الأمين العام لمجلس التعاون إلى وقف إطلاق النار في اليمن.")]
    [InlineData("ودعا الأمين العام لجامعة الدول العربية إلى وقف إطلاق النار في غزة.")]
    [InlineData("ودعا الأمين العام المساعد للشؤون الإنسانية إلى وقف إطلاق النار في اليمن.")]
    [InlineData("ودعا الأمين العام لمنظمة أوبك إلى وقف إطلاق النار في اليمن.")]
    [InlineData("ودعا الأمين العام إلى وقف إطلاق النار في اليمن.")]
    public void AnInternationalBodysSecretaryStaysIgo(string sentence)
    {
        var record = EventTexts.Extract(sentence);
        Assert.Contains(record.Events, e => e.Type == "REQUEST" && e.Actors.SequenceEqual(["IGO"]));
    }
}
