namespace Rasd.Tests.Events;

/// <summary>"فصيل مدعوم من أنقرة": the one who backs a party describes it; it is neither a party to the deed nor where it happens.</summary>
public class BackerCueTests
{
    [Fact]
    public void Backer_of_the_one_who_denies_is_not_the_denier()
    {
        var r = EventTexts.Extract("لكن الحكومة العراقية المدعومة من إيران، نفت إرسال أي قوات إلى الحدود.");
        var denial = Assert.Single(r.Events, e => e.Type == "REJECT");
        Assert.DoesNotContain("IRNGOV", denial.Actors);
    }

    [Fact]
    public void Backing_capital_is_no_place_of_the_withdrawal()
    {
        var r = EventTexts.Extract("وبدأت جماعة مسلحة مدعومة من أنقرة الانسحاب من خطوط التماس في ريف حلب الغربي.");
        var retreat = Assert.Single(r.Events, e => e.Type == "RETREAT");
        Assert.DoesNotContain("TUR", retreat.Places);
        Assert.Contains("SY02", retreat.Places);
    }
}
