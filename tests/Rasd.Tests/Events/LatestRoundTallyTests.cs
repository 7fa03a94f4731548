namespace Rasd.Tests.Events;

/// <summary>A count of the latest round ("التصعيد الأخير أسفر عن مقتل …") is not that of a background event told months back just before it.</summary>
public class LatestRoundTallyTests
{
    [Fact]
    public void ALatestRoundCountSkipsTheBackgroundEventBeforeIt()
    {
        var record = EventTexts.Extract("وقصفت طائرات النظام الغوطة الشرقية لليوم السادس على التوالي. وكانت القوات الحكومية قد استعادت مدينة حلب في معارك شرسة خلال 2016. ويقول المرصد إن التصعيد الأخير أسفر عن مقتل 50 شخصا.");
        var counted = Assert.Single(record.Events, e => e.Figures.Any(f => f.Role == "killed" && f.Value == 50));
        Assert.NotEqual("2016-01-01", counted.Time?.Begin);
        Assert.Contains("SY03", counted.Places);
    }

    [Fact]
    public void ACountWithoutALatestWordStillJoinsTheDatedEventBeforeIt()
    {
        var record = EventTexts.Extract("وقع هجوم على بلدة خان شيخون في نيسان 2017. وأسفر الهجوم عن مقتل أكثر من 80 شخصا.");
        var counted = Assert.Single(record.Events, e => e.Figures.Any(f => f.Role == "killed" && f.Value == 80));
        Assert.Equal("2017-04-01", counted.Time?.Begin);
    }
}
