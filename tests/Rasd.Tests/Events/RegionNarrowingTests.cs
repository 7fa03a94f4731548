namespace Rasd.Tests.Events;

/// <summary>A region stands for the governorates of it that the report names; with none named it keeps them all.</summary>
public class RegionNarrowingTests
{
    [Fact]
    public void ARegionIsTheGovernorateTheReportNames()
    {
        var record = EventTexts.Extract("قصفت قوات النظام بلدات في جنوب سوريا صباح اليوم.\n\nوتقع البلدات المستهدفة في ريف السويداء الغربي بحسب ناشطين.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SY13"], attack.Places);
    }

    [Fact]
    public void EvacueesGoToTheNamedGovernorateOfTheRegion()
    {
        var record = EventTexts.Extract("بدأ إجلاء مئات المقاتلين وعائلاتهم إلى شمال سوريا اليوم.\n\nويتوجه المقاتلون إلى مناطق في محافظة إدلب.");
        var departure = Assert.Single(record.Events, e => e.Type == "RETREAT");
        Assert.DoesNotContain("SY02", departure.Places);
        Assert.Contains("SY07", departure.Places);
    }

    [Fact]
    public void ARegionWithNoGovernorateNamedKeepsThemAll()
    {
        var record = EventTexts.Extract("قصفت قوات النظام بلدات في جنوب سوريا صباح اليوم.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SY12", "SY13", "SY14"], attack.Places.Order());
    }

    [Fact]
    public void AGovernorateOutsideTheRegionDoesNotNarrowIt()
    {
        var record = EventTexts.Extract("قصفت قوات النظام بلدات في جنوب سوريا صباح اليوم.\n\nوفي حلب، عقد المجلس المحلي اجتماعا لبحث الخدمات.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["SY12", "SY13", "SY14"], attack.Places.Order());
    }
}
