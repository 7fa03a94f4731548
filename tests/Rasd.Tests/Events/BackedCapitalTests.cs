namespace Rasd.Tests.Events;

/// <summary>"الفصائل الموالية لطهران", "قوات نظام دمشق": a capital named as whom a side serves, or as a government's seat, is no place of the event.</summary>
public class BackedCapitalTests
{
    [Theory]
    [InlineData("وقصفت الطائرات التركية مواقع الفصائل الموالية لطهران في ريف حلب.", "SY02", "IRN")]
    [InlineData("وقتل عشرة مقاتلين موالين لدمشق جراء غارات تركية على حاجز قرب عفرين.", "SY02", "SY01")]
    [InlineData("وبحسب وسائل إعلام روسية فإن الهجوم شنته قوات موالية لسلطات دمشق قرب حقول النفط في دير الزور.", "SY09", "SY01")]
    [InlineData("وشنت قوات نظام دمشق غارات على بلدات في ريف حماة.", "SY05", "SY01")]
    public void The_backed_capital_is_no_place(string text, string place, string notPlace)
    {
        var attack = EventTexts.Extract(text).Events.First(e => e.Type == "ASSAULT");
        Assert.Contains(place, attack.Places);
        Assert.DoesNotContain(notPlace, attack.Places);
    }

    [Fact]
    public void A_government_abroad_acting_at_home_keeps_its_country()
    {
        var arrest = EventTexts.Extract("وشهد العام الماضي اعتقال سلطات الدوحة للحاج القطري بعد عبوره المنفذ الحدودي.").Events.First(e => e.Type == "COERCE");
        Assert.Contains("QAT", arrest.Places);
    }
}
