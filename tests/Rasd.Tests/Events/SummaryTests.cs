namespace Rasd.Tests.Events;

/// <summary>The English summary names who did what, where, when, with the figures.</summary>
public class SummaryTests
{
    [Fact]
    public void A_capital_that_acts_is_named_as_its_country()
    {
        var record = EventTexts.Extract("وتهدد أنقرة بشن عملية عسكرية جديدة في منبج.");
        var threat = Assert.Single(record.Events, e => e.Type == "THREATEN");
        Assert.Contains("Turkey", threat.Summary);
        Assert.DoesNotContain("Ankara", threat.Summary);
    }

    [Fact]
    public void An_attack_summary_carries_actor_place_and_toll()
    {
        var record = EventTexts.Extract("قُتل خمسة مدنيين بينهم طفلان جراء غارات شنتها الطائرات الحربية الروسية على مدينة أريحا أمس الأربعاء.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("Russia", attack.Summary);
        Assert.Contains("Ariha", attack.Summary);
        Assert.Contains("13 March 2024", attack.Summary);
        Assert.Contains("5", attack.Summary);
    }
}
