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

    [Theory]
    [InlineData("شهدت محافظة درعا الخميس تصعيدا غير مسبوق منذ بدء الحرب عام 2011، تمثل في غارات على مواقع الفصائل.")]
    [InlineData("للمرة الأولى منذ وقف إطلاق النار العام الماضي، شن الطيران غارات على بلدات في ريف حمص.")]
    public void A_trigger_past_the_comma_after_the_compared_date_is_not_dated_by_it(string text)
    {
        var ev = EventTexts.Extract(text).Events.First(e => e.Type == "ASSAULT");
        Assert.False(string.CompareOrdinal(ev.Time?.Begin, "2024-01-01") < 0, $"dated from {ev.Time?.Begin}");
    }

    [Theory]
    [InlineData("وهذا أول اجتماع للمجلس منذ إعلان الرئيس في 8 أيار انسحاب بلاده من الاتفاق.", "REJECT", "2023-05-08")]
    [InlineData("وتعد المظاهرات الأكبر منذ عام 2012، عندما فرضت العقوبات على البلاد.", "SANCTION", "2012-01-01")]
    public void A_trigger_still_telling_of_the_compared_date_keeps_it(string text, string type, string begin)
    {
        var ev = EventTexts.Extract(text).Events.First(e => e.Type == type);
        Assert.Equal(begin, ev.Time?.Begin);
    }

    [Fact]
    public void A_since_in_the_sentence_before_does_not_reach_the_next_date()
    {
        var record = EventTexts.Extract("ماكرون أول رئيس يزور الجزيرة منذ أحداث عام 1988\n\nوتعود الواقعة إلى 5 أيار 1988، حين هاجم الجيش كهفا في الجزيرة.");
        var attack = record.Events.First(e => e.Type == "ASSAULT");
        Assert.Equal("1988-05-05", attack.Time?.Begin);
        Assert.Equal("1988-05-05", attack.Time?.End);
    }
}
