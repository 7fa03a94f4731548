namespace Rasd.Tests.Events;

/// <summary>"المعونات" is aid as "المساعدات" is: supplies that reach an area are an aid event.</summary>
public class ReliefWordTests
{
    [Fact]
    public void SuppliesReachingAnAreaAreAid() =>
        Assert.Contains(EventTexts.Extract("ووصلت المعونات الغذائية إلى بلدة معضمية الشام المحاصرة أمس.").Events, e => e.Type == "AID");

    [Fact]
    public void AConvoyOfSuppliesIsAid() =>
        Assert.Contains(EventTexts.Extract("ودخلت قافلة معونات أممية إلى مدينة الرستن في ريف حمص الشمالي.").Events, e => e.Type == "AID");
}
