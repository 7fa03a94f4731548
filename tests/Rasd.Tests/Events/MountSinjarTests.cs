namespace Rasd.Tests.Events;

/// <summary>Mount Sinjar is in Iraq, while the town of Sinjar in the Idlib countryside stays Syrian (data/world_cities.tsv).</summary>
public class MountSinjarTests
{
    [Fact]
    public void MountSinjarIsIraq()
    {
        var record = EventTexts.Extract("وفرض التنظيم حصارا خانقا على آلاف المدنيين في جبل سنجار.");
        Assert.Contains(record.Events, e => e.Type == "COERCE" && e.Places.Contains("IRQ") && !e.Places.Contains("SY07"));
    }

    [Fact]
    public void TheIdlibTownStaysSyrian()
    {
        var record = EventTexts.Extract("وقصفت قوات النظام بلدة سنجار في ريف إدلب الشرقي.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Places.Contains("SY07"));
    }
}
