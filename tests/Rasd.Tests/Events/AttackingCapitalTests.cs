namespace Rasd.Tests.Events;

/// <summary>A capital named as the one who carries out an attack ("غارات شنتها دمشق مع حليفتها موسكو") is its state's forces, and not where the attack happened.</summary>
public class AttackingCapitalTests
{
    [Fact]
    public void CapitalsThatCarryOutStrikesAreTheirForces()
    {
        var record = EventTexts.Extract("وأدت ضربات جوية شنتها دمشق مع حليفتها موسكو إلى مقتل تسعة مدنيين في مدينة دوما.");
        var e = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("SYRMIL", e.Actors);
        Assert.Contains("RUSMIL", e.Actors);
        Assert.Equal(["SY03"], e.Places);
    }

    [Fact]
    public void TheAttackingCapitalIsNotThePlace()
    {
        var record = EventTexts.Extract("وتتواصل العملية العسكرية التي تشنها أنقرة على مدينة عفرين منذ أسابيع.");
        var e = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("TURMIL", e.Actors);
        Assert.DoesNotContain("TUR", e.Places);
        Assert.Contains("SY02", e.Places);
    }
}
