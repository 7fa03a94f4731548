namespace Rasd.Tests.Events;

/// <summary>An event's source is named before the report itself begins: past "أن" or the reported deed, a name is what is told of.</summary>
public class AttributionSourceTests
{
    [Theory]
    [InlineData("وأفاد ناشطون بوصول قوات أمريكية إلى مدينة منبج.", "MOBILIZE")]
    [InlineData("وذكرت مصادر محلية أن تنظيم داعش شن هجوما على حواجز للقوات الحكومية قرب تدمر.", "ASSAULT")]
    public void ANameInsideTheReportIsNotItsSource(string text, string type)
    {
        var record = EventTexts.Extract(text);
        var ev = Assert.Single(record.Events, e => e.Type == type);
        Assert.Null(ev.Source);
    }

    [Fact]
    public void TheNamedReporterBeforeTheReportIsItsSource()
    {
        var record = EventTexts.Extract("وأفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين في قصف على مدينة منبج.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Syrian Observatory for Human Rights", attack.Source);
    }
}
