namespace Rasd.Tests.Events;

/// <summary>
/// The country a side withdraws or is evacuated from is the place of the withdrawal, and an evacuation told "من سوريا" in
/// the title and from named governorates in the body is one event.
/// </summary>
public class WithdrawalPlaceMergeTests
{
    [Fact]
    public void An_evacuation_from_the_country_and_from_its_governorates_is_one_event()
    {
        const string text = "الأمم المتحدة تعلن إجلاء جرحى من سوريا\n\n"
            + "وأعلنت الأمم المتحدة الثلاثاء إجلاء عشرات الجرحى من بلدات محاصرة في ريف حمص وريف حماة إلى تركيا.";
        var evacuations = EventTexts.Extract(text).Events.Where(e => e.Type == "RETREAT").ToList();
        var evacuation = Assert.Single(evacuations);
        Assert.Contains("SY04", evacuation.Places);
        Assert.DoesNotContain("SYR", evacuation.Places);
    }

    [Fact]
    public void Evacuations_from_two_countries_stay_two()
    {
        const string text = "الأمم المتحدة تعلن إجلاء جرحى من اليمن\n\n"
            + "وأعلنت الأمم المتحدة الثلاثاء إجلاء عشرات الجرحى من بلدات محاصرة في ريف حمص وريف حماة إلى تركيا.";
        var evacuations = EventTexts.Extract(text).Events.Where(e => e.Type == "RETREAT").ToList();
        Assert.Equal(2, evacuations.Count);
    }
}
