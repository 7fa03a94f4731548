namespace Rasd.Tests.Events;

/// <summary>
/// A settlement named again with the article ("رفض المقاتلين التسوية") is the deal told before, and a deal whose carrying out is
/// scheduled ("ومن المقرر أن يبدأ تنفيذ الاتفاق") stays the deal already made, on its own day.
/// </summary>
public class SettlementToldAgainTests
{
    [Fact]
    public void TheSettlementToldAgainIsTheDealMade()
    {
        const string text = "درعا\n\nوتوصلت الفصائل المعارضة إلى اتفاق مع روسيا يوم الجمعة في درعا. ورفض مئات المقاتلين التسوية وطالبوا بالخروج إلى إدلب.";
        Assert.Single(EventTexts.Extract(text, "settlement").Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void ADealToBeCarriedOutIsTheDealMadeOnItsDay()
    {
        const string text = "درعا\n\nوتوصلت الفصائل المعارضة وروسيا إلى اتفاق يوم الجمعة في درعا. ومن المقرر أن يبدأ تنفيذ الاتفاق الأحد المقبل.";
        var deal = Assert.Single(EventTexts.Extract(text, "carried-out").Events, e => e.Type == "AGREE");
        Assert.Equal("actual", deal.Mode);
        Assert.Equal("2024-03-08", deal.Time?.Begin);
    }

    [Fact]
    public void APlannedDealAloneStaysPlanned()
    {
        const string text = "درعا\n\nومن المقرر أن توقع الفصائل المعارضة وروسيا الاتفاق الأحد المقبل في درعا.";
        var deal = Assert.Single(EventTexts.Extract(text, "planned").Events, e => e.Type == "AGREE");
        Assert.Equal("planned", deal.Mode);
    }
}
