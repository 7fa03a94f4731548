namespace Rasd.Tests.Events;

/// <summary>"غادر المنطقة أكثر من 300 شخص" counts people who left; "لقي نحو مئتي شخص حتفهم" counts the dead between the verb and حتفهم.</summary>
public class LeftAndPerishedFiguresTests
{
    [Fact]
    public void PeopleWhoLeftUnderADealAreDisplaced()
    {
        var record = EventTexts.Extract("وبدأ إجلاء المسلحين من البلدات المحاصرة في ريف حمص. وقد غادر المنطقة، السبت، أكثر من 300 شخص باتجاه الشمال.");
        Assert.Contains(record.Events.SelectMany(e => e.Figures), f => f.Role == "displaced" && f.Value == 300 && f.Qualifier == "more_than");
    }

    [Fact]
    public void TheDeadBeforeHatfahumAreKilled()
    {
        var record = EventTexts.Extract("وكانت البلدة قد تعرضت لقصف عنيف لقي فيه نحو مئة شخص حتفهم في ريف إدلب.");
        Assert.Contains(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed" && f.Value == 100 && f.Qualifier == "about");
    }
}
