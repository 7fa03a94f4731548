namespace Rasd.Tests.Events;

/// <summary>"منذ X": an ongoing happening runs from X to the report; a deal in force since X was made at X.</summary>
public class SinceTimeTests
{
    [Fact]
    public void An_attack_campaign_since_a_month_runs_to_the_report()
    {
        var record = EventTexts.Extract("وتواصل قوات النظام قصف مدينة جسر الشغور منذ أيار 2023.", "since");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2023-05-01", "2024-03-14"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void A_deal_in_force_since_a_month_was_made_in_that_month()
    {
        var record = EventTexts.Extract("وتخضع المنطقة لاتفاق وقف إطلاق النار منذ أيار 2023.", "since");
        var deal = Assert.Single(record.Events, e => e.Type == "AGREE");
        Assert.Equal(("2023-05-01", "2023-05-31"), (deal.Time!.Begin, deal.Time.End));
    }
}
