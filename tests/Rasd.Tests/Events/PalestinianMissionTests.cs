namespace Rasd.Tests.Events;

/// <summary>The PLO, Saeb Erekat, the Gulen movement and the IOM are known names; whose office is closed is the one sanctioned.</summary>
public class PalestinianMissionTests
{
    [Fact]
    public void WhoseOfficeIsClosedIsSanctioned()
    {
        var record = EventTexts.Extract("وأعلنت الإدارة الأمريكية إغلاق مكتب منظمة التحرير الفلسطينية في واشنطن.");
        var e = Assert.Single(record.Events, e => e.Type == "SANCTION");
        Assert.Contains("PSEGOV", e.Targets);
        Assert.DoesNotContain("PSEGOV", e.Actors);
    }

    [Theory]
    [InlineData("وقال صائب عريقات في مؤتمر صحفي إن القيادة سترد على القرار.", "صائب عريقات", "PER")]
    [InlineData("وتتهم السلطات حركة غولن بالوقوف خلف محاولة الانقلاب.", "حركة غولن", "ORG")]
    [InlineData("وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين عبروا البحر.", "المنظمة الدولية للهجرة", "ORG")]
    [InlineData("واجتمع الوفد مع ممثلين عن منظمة التحرير الفلسطينية في رام الله.", "منظمة التحرير الفلسطينية", "ORG")]
    public void KnownNames(string text, string name, string type) =>
        Assert.Contains(EventTexts.Extract(text).Entities, x => x.Text == name && x.Type == type);
}
