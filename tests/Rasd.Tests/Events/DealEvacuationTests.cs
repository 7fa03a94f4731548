namespace Rasd.Tests.Events;

/// <summary>"اتفاق لإجلاء المقاتلين": an evacuation told as a deal's purpose is still to come (planned); the deal itself is made.</summary>
public class DealEvacuationTests
{
    [Fact]
    public void AnEvacuationADealProvidesForIsPlanned()
    {
        var events = EventTexts.Extract("وتوصل الطرفان أمس إلى اتفاق لإجلاء مقاتلي الفصائل من بلدة حرستا إلى مدينة إدلب.").Events;
        Assert.Contains(events, e => e.Type == "RETREAT" && e.Mode == "planned");
        Assert.Contains(events, e => e.Type == "AGREE" && e.Mode == "actual");
    }

    [Fact]
    public void AnEvacuationAfterTheArticlelessDealWordIsPlannedToo() =>
        Assert.Contains(EventTexts.Extract("وأعلنت مصادر محلية التوصل لاتفاق لخروج المسلحين من حي القدم جنوب دمشق.").Events,
            e => e.Type == "RETREAT" && e.Mode == "planned");

    [Fact]
    public void AnEvacuationUnderWayStaysActual() =>
        Assert.Contains(EventTexts.Extract("وبدأ أمس إجلاء مقاتلي الفصائل من بلدة حرستا إلى مدينة إدلب.").Events,
            e => e.Type == "RETREAT" && e.Mode == "actual");

    [Theory]
    [InlineData("وينص الاتفاق على خروج المسلحين من حي القدم إلى إدلب.")]
    [InlineData("وقالت المصادر إن الاتفاق يقضي بخروج المقاتلين من بلدة الضمير خلال يومين.")]
    public void AnEvacuationADealProvidesForInItsTermsIsPlanned(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "RETREAT" && e.Mode == "planned");

    [Fact]
    public void AWithdrawalToldAgainWithoutAModeIsThePlannedOne()
    {
        var events = EventTexts.Extract("وتوصل الطرفان أمس إلى اتفاق لإجلاء مقاتلي الفصائل من بلدة حرستا. ومن شأن خروج مقاتلي الفصائل من حرستا أن ينهي المعارك في المنطقة.").Events;
        var retreat = Assert.Single(events, e => e.Type == "RETREAT");
        Assert.Equal("planned", retreat.Mode);
    }

    [Fact]
    public void AWithdrawalDoneOnADayOfItsOwnStaysApart()
    {
        var events = EventTexts.Extract("وتوصل الطرفان أمس إلى اتفاق لإجلاء مقاتلي الفصائل من بلدة حرستا. وكان مقاتلو فيلق الشام قد انسحبوا من بلدة حرستا يوم السبت.").Events;
        Assert.Contains(events, e => e.Type == "RETREAT" && e.Mode == "planned");
        Assert.Contains(events, e => e.Type == "RETREAT" && e.Mode == "actual");
    }
}
