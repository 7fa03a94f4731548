namespace Rasd.Tests.Events;

/// <summary>"كانوا قد تعهدوا بالتعاون": قد before a past plural in ت…وا is no possibility; the pledge is one, told twice.</summary>
public class PastAfterQadTests
{
    [Fact]
    public void A_pledge_after_qad_and_a_past_verb_is_actual()
    {
        var record = EventTexts.Extract("قمة ثلاثية\n\nوكان رؤساء مصر والأردن والعراق قد تعهدوا بالتعاون في مكافحة الإرهاب خلال قمة عمان مطلع الشهر الحالي.");
        Assert.DoesNotContain(record.Events, e => e.Type == "COOPERATE" && e.Mode == "possible");
        Assert.Contains(record.Events, e => e.Type == "COOPERATE" && e.Mode == "actual");
    }

    [Fact]
    public void Qad_before_an_imperfect_still_makes_it_possible()
    {
        var record = EventTexts.Extract("منبج\n\nوقال المسؤول إن القوات التركية قد تشن هجوما على مدينة منبج في ريف حلب.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "possible");
    }
}
