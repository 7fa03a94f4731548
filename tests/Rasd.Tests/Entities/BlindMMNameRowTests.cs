using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round MM's name rows: a ministry and courts named without their state are organisations, with no actor code of their own.</summary>
public class BlindMMNameRowTests
{
    [Theory]
    [InlineData("وأصدرت وزارة الداخلية اليوم بيانا بشأن الحادث", "وزارة الداخلية")]
    [InlineData("وأحيلت القضية إلى المحكمة العليا بعد الطعن في الحكم", "المحكمة العليا")]
    [InlineData("وصدق الحكم من محكمة الاستئناف الشهر الماضي", "محكمة الاستئناف")]
    [InlineData("وبإحالته إلى المحكمة العامة صدر بحقه حكم بالسجن", "المحكمة العامة")]
    public void StatelessBodiesAreOrganisations(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
    }

    [Fact]
    public void ANationalityStillNamesTheMinistrysState()
    {
        var m = EntityTestKit.Find("وأعلنت وزارة الداخلية السعودية القبض على المتهم", "وزارة الداخلية السعودية");
        Assert.NotNull(m);
        Assert.Equal("SAUGOV", m!.Actor);
    }
}
