namespace Rasd.Tests.Events;

/// <summary>"الدعم النفسي/الطبي/الإنساني" is help given to people (AID), not a party's backing of another (SUPPORT).</summary>
public class AidSupportTests
{
    [Fact]
    public void Psychological_support_for_refugees_is_aid()
    {
        const string text = "وقدم فريق من المتطوعين الدعم النفسي لمئات الأطفال اللاجئين في مخيم الركبان الشهر الماضي.";
        var events = EventTexts.Extract(text, "psych").Events;
        Assert.Contains(events, e => e.Type == "AID");
        Assert.DoesNotContain(events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Backing_of_a_party_stays_support()
    {
        const string text = "وأعلنت موسكو دعم الحكومة السورية في مفاوضات جنيف.";
        Assert.Contains(EventTexts.Extract(text, "backing").Events, e => e.Type == "SUPPORT");
    }
}
