using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>A bare "النظام" is the Syrian regime, except before an adjective of order or system ("النظام الدولي").</summary>
public class RegimeWordTests
{
    [Fact]
    public void TheInternationalOrderIsNoRegime()
    {
        var record = EventTexts.Extract("وأدان الوزير الفلسطيني القرار الأمريكي معتبرا أنه يهدف إلى تخريب النظام الدولي.");
        var e = Assert.Single(record.Events, e => e.Type == "ACCUSE");
        Assert.DoesNotContain("SYRGOV", e.Targets);
    }

    [Fact]
    public void TheBareRegimeStaysTheRegime()
    {
        var record = EventTexts.Extract("وأدان الوزير الفلسطيني القصف الذي شنه النظام على المدنيين في درعا.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL"));
    }
}
