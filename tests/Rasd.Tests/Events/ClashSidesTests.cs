namespace Rasd.Tests.Events;

/// <summary>
/// A fight told as "between" two sides ("اشتباكات بين X وY", "بين X من جهة وY من جهة أخرى", "تبادل للقصف بين X وY", "بين
/// الطرفين") has the side named first as its actor and the side named second as its target, as the annotators code a clash;
/// a "بين" that belongs to another word ("على الحدود بين", "أزمة بين") or a side with no name leaves the roles as told
/// (data/clash_sides.tsv, src/Rasd/Events/ClashSides.cs).
/// </summary>
public class ClashSidesTests
{
    [Theory]
    [InlineData("واندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.", "SYRMIL", "SYRREB")]
    [InlineData("وتدور معارك بين ميليشيات الحوثي وقوات الجيش اليمني في محافظة الجوف.", "YEMREB", "YEMMIL")]
    [InlineData("وتشهد المنطقة مواجهات متكررة بين إسرائيل وإيران.", "ISRMIL", "IRNMIL")]
    [InlineData("وشهدت البلدة تبادلا للقصف بين القوات الحكومية والمعارضة المسلحة.", "SYRMIL", "SYRREB")]
    [InlineData("ورصد المرصد اشتباكات عنيفة بين القوات التركية والفصائل المقاتلة من جهة، ووحدات حماية الشعب الكردية من جهة أخرى، في شمال عفرين.", "TURMIL+SYRREB", "SYRREB")]
    public void FirstSideActsSecondSideIsFought(string text, string actors, string targets)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Equal(actors.Split('+'), attack.Actors);
        Assert.Equal(targets.Split('+'), attack.Targets);
    }

    [Fact]
    public void SidesReferredBackToKeepTheirOrder()
    {
        var record = EventTexts.Extract("وتتقاسم قوات النظام وقوات سوريا الديمقراطية السيطرة على المدينة. ودارت اشتباكات عنيفة بين الجانبين أمس.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SYRMIL"], attack.Actors);
        Assert.Equal(["SYRREB"], attack.Targets);
    }

    // each guarded sentence comes with a fight between named sides, which must still be split
    [Theory]
    [InlineData("وأصيب عشرات الفلسطينيين في مواجهات على الحدود بين قطاع غزة وإسرائيل.", "ISRMIL")]
    [InlineData("واندلعت مواجهات بين المحتجين وقوات الأمن العراقية في البصرة.", "IRQMIL")]
    [InlineData("وتسبب الهجوم في أزمة بين روسيا من جهة وبريطانيا من جهة أخرى.", "GBRMIL")]
    public void BetweenOfAnotherWordOrAnUnnamedSideMakesNoTarget(string text, string notTarget)
    {
        var record = EventTexts.Extract("وتدور معارك بين قوات النظام وفصائل المعارضة في ريف إدلب. " + text);
        foreach (var e in record.Events)
            Assert.DoesNotContain(notTarget, e.Targets);
        Assert.Contains(record.Events, e => e.Actors.SequenceEqual(["SYRMIL"]) && e.Targets.SequenceEqual(["SYRREB"]));
    }
}
