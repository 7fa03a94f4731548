namespace Rasd.Tests.Events;

/// <summary>"مقاتلات سورية وروسية": a second nationality joined by و to a force noun names that state's force as well.</summary>
public class CoordinatedNationalityTests
{
    [Fact]
    public void BothStatesOfTheJetsAttack()
    {
        var attack = Assert.Single(EventTexts.Extract("وقصفت طائرات روسية وسورية بلدة كفرزيتا في ريف حماة الشمالي.").Events, e => e.Type == "ASSAULT");
        Assert.Contains("RUSMIL", attack.Actors);
        Assert.Contains("SYRMIL", attack.Actors);
    }

    [Fact]
    public void AnAdjectiveOfAnotherNounIsNotJoined()
    {
        var attack = Assert.Single(EventTexts.Extract("وقصفت طائرات روسية مواقع سورية للمعارضة قرب بلدة كفرزيتا.").Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("SYRMIL", attack.Actors);
    }
}
