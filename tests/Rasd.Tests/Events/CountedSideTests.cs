namespace Rasd.Tests.Events;

/// <summary>
/// A count of the men of a side ("14 من تنظيم داعش", "6 على الأقل من قوات النظام") is a figure of fighters, and the side
/// that lost them is the attack's target, not its attacker; "هم" after a total opens its breakdown.
/// </summary>
public class CountedSideTests
{
    [Theory]
    [InlineData("وأسفرت غارات التحالف عن مقتل 14 من تنظيم داعش قرب مدينة الميادين.", "SYRREB", 14, "exact")]
    [InlineData("وأسفرت الغارات الروسية عن مقتل 14 من داعش في ريف حمص الشرقي.", "SYRREB", 14, "exact")]
    [InlineData("وقتل 6 على الأقل من قوات النظام في كمين نصبته الفصائل قرب حماة.", "SYRMIL", 6, "at_least")]
    public void TheSideCountedIsHit(string text, string target, int value, string qualifier)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(target, attack.Targets);
        Assert.DoesNotContain(target, attack.Actors);
        Assert.Contains(attack.Figures, f => f.Role == "killed" && f.Group == "fighters" && f.Value == value && f.Qualifier == qualifier);
    }

    [Fact]
    public void HumOpensABreakdown()
    {
        var record = EventTexts.Extract("وقتل 30 عنصرا في هجوم على مواقع في حماة، هم 12 من قوات النظام و18 من الميليشيات الموالية.");
        var figures = record.Events.SelectMany(e => e.Figures).ToList();
        Assert.Contains(figures, f => f.Role == "killed" && f.Value == 30);
        Assert.Contains(figures, f => f.Role == "killed" && f.Group == "fighters" && f.Value == 12);
    }
}
