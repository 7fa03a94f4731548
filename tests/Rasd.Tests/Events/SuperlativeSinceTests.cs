namespace Rasd.Tests.Events;

/// <summary>"الأعنف منذ عام 2013", "للمرة الأولى منذ …": the date after a superlative's "منذ" is what the event is compared with, not its time.</summary>
public class SuperlativeSinceTests
{
    [Theory]
    [InlineData("وشنت الطائرات الإسرائيلية غارات على مواقع قرب مطار المزة، هي الأعنف منذ عام 2013.")]
    [InlineData("وقصفت المدفعية التركية قرى في ريف عفرين للمرة الأولى منذ آب 2019.")]
    [InlineData("ووصفت المنظمة القصف على بلدات ريف حماة بأنه الأكثر دموية منذ مطلع العام 2016.")]
    public void The_compared_date_does_not_date_the_attack(string text)
    {
        var ev = EventTexts.Extract(text).Events.First(e => e.Type == "ASSAULT");
        Assert.False(string.CompareOrdinal(ev.Time?.Begin, "2024-01-01") < 0, $"dated from {ev.Time?.Begin}");
    }

    [Fact]
    public void The_event_named_after_since_keeps_its_date()
    {
        var record = EventTexts.Extract("وهاجمت الفصائل مواقع الجيش للمرة الأولى منذ اتفاق الهدنة الموقع في آب 2020.");
        var deal = record.Events.First(e => e.Type == "AGREE");
        Assert.Equal("2020-08-01", deal.Time?.Begin);
    }
}
