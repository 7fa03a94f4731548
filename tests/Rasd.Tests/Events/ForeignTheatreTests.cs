namespace Rasd.Tests.Events;

/// <summary>An attack or an arrest placed only abroad gives the groups coded Syrian by default (SYRREB) that country's rebel code; in Syria, and in talks abroad, they stay Syrian.</summary>
public class ForeignTheatreTests
{
    [Fact]
    public void AnIslamicStateAttackInAfghanistanIsAfghanRebels()
    {
        var record = EventTexts.Extract("هجوم\n\nوهاجم انتحاري من تنظيم داعش مركزا للشرطة في مدينة جلال آباد شرقي أفغانستان، ما أسفر عن مقتل 12 شخصا.", "afghanistan");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("AFGREB", attack.Actors);
        Assert.DoesNotContain("SYRREB", attack.Actors);
    }

    [Fact]
    public void AnIslamicStateAttackInSyriaStaysSyrian()
    {
        var record = EventTexts.Extract("هجوم\n\nوهاجم انتحاري من تنظيم داعش حاجزا لقوات النظام في ريف دير الزور الشرقي، ما أسفر عن مقتل 12 عنصرا.", "syria");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("SYRREB", attack.Actors);
    }

    [Fact]
    public void SyrianFactionsInTalksAbroadStaySyrian()
    {
        var record = EventTexts.Extract("محادثات\n\nوالتقى وفد فصائل المعارضة السورية المسلحة بالوفد الروسي في العاصمة الكازاخية أستانا.", "talks");
        Assert.DoesNotContain(record.Events, e => e.Actors.Concat(e.Targets).Any(c => c == "KAZREB"));
    }
}
