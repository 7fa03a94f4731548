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

    [Fact]
    public void The_opening_weeks_of_a_campaign_with_a_start_date_end_after_those_weeks()
    {
        var record = EventTexts.Extract("وقالت منظمة إغاثية إن 300 شخص قتلوا خلال الأسبوعين الأولين من الحملة العسكرية التي بدأت في 5 كانون الثاني 2024.", "since");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2024-01-05", "2024-01-18"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void A_duration_that_is_no_opening_window_leaves_the_campaign_running_to_the_report()
    {
        var record = EventTexts.Extract("وقالت منظمة إغاثية إن 300 شخص قتلوا في الحملة العسكرية التي بدأت في 5 كانون الثاني 2024 واستمرت أسبوعين.", "since");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2024-01-05", "2024-03-14"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void The_opening_months_of_a_year_end_after_those_months()
    {
        var record = EventTexts.Extract("قتل 500 مدني في غارات جوية في الأشهر الأربعة الأولى من العام 2023 بحسب منظمة حقوقية.", "since");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2023-01-01", "2023-04-30"), (attack.Time!.Begin, attack.Time.End));
    }
}
