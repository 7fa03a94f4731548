namespace Rasd.Tests.Events;

/// <summary>
/// The side whose men were killed is the one attacked, past a vague count ("مقتل العشرات من عناصر التنظيم") and after the
/// passive verb with its count or its "in them" ("قتل عدد من جنود الجيش", "غارات قتل فيها العشرات من المسلحين").
/// </summary>
public class DeadOfASideTests
{
    [Theory]
    [InlineData("وقتل عدد من عناصر الجيش اللبناني في هجوم على نقطة حدودية قرب عرسال.", "LBNMIL")]
    [InlineData("وشن المسلحون هجوما على الحدود قتل خلاله عدد من جنود الجيش العراقي.", "IRQMIL")]
    public void TheSideThatLostMenIsHit(string text, string side)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Contains(side, attack.Targets);
        Assert.DoesNotContain(side, attack.Actors);
    }
}
