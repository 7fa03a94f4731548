using Rasd.Events;

namespace Rasd.Tests.Events;

/// <summary>People counted as the ones who fled are civilians, not the forces they fled nor the speakers who report it.</summary>
public class CountedFleeingTests
{
    private static Rasd.Records.EventRecord? Retreat(string text) =>
        EventTexts.Extract("تقرير من شمال سوريا\n\n" + text, "fleeing").Events.FirstOrDefault(e => e.Type == "RETREAT");

    [Fact]
    public void PeopleCountedBeforeTheVerbAreCivilians()
    {
        var ev = Retreat("قال ناشطون في المعارضة إن نحو 15 ألف شخص فروا من القصف على مدينة إدلب خلال الأيام الماضية.");
        Assert.NotNull(ev);
        Assert.Equal(["SYRCVL"], ev.Actors);
    }

    [Fact]
    public void PeopleCountedAfterTheVerbAreCivilians()
    {
        var ev = Retreat("وغادر نحو 8 آلاف شخص بلدة جسر الشغور مع تقدم القوات الحكومية نحوها.");
        Assert.NotNull(ev);
        Assert.Equal(["SYRCVL"], ev.Actors);
    }

    [Fact]
    public void CountedFightersKeepTheirSide()
    {
        var ev = Retreat("وانسحب 300 مسلح من فصائل المعارضة من بلدة جسر الشغور بعد معارك عنيفة.");
        Assert.NotNull(ev);
        Assert.DoesNotContain("SYRCVL", ev.Actors);
    }

    [Fact]
    public void FightersCountedWithTheirFamiliesKeepTheirSide()
    {
        var ev = Retreat("وغادر نحو 2500 من مقاتلي الفصائل المعارضة وعائلاتهم بلدة جسر الشغور على متن حافلات.");
        Assert.NotNull(ev);
        Assert.DoesNotContain("SYRCVL", ev.Actors);
    }
}
