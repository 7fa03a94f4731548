namespace Rasd.Tests.Events;

/// <summary>The side a place is still in the hands of describes the place: it is no attacker of it; the side a place fell to after an attack is.</summary>
public class StillHeldTests
{
    [Fact]
    public void TheHolderOfTheStruckTownIsNoAttacker()
    {
        var record = EventTexts.Extract("وشنت الطائرات الروسية غارات على بلدة اللطامنة، آخر معقل لا يزال في أيدي هيئة تحرير الشام في ريف حماة.");
        var e = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("RUSMIL", e.Actors);
        Assert.DoesNotContain("SYRREB", e.Actors);
    }

    [Fact]
    public void TheSideATownFellToAttackedIt()
    {
        var record = EventTexts.Extract("وكانت مدينة تدمر قد سقطت بيد تنظيم داعش إثر هجوم واسع في أيار الماضي.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRREB"));
    }
}
