namespace Rasd.Tests.Events;

/// <summary>A headline's bare mention ("مفاوضات فيينا..") is the body's event of that type and place, even when the body tells it as planned.</summary>
public class HeadlineModeMergeTests
{
    [Fact]
    public void A_headline_meeting_is_the_planned_meeting_of_the_body()
    {
        const string text = "مفاوضات فيينا.. ترقب لوصول الوفود\n\nقال دبلوماسيون إن المفاوضات المزمع عقدها في فيينا بين الحكومة السورية والمعارضة ستبدأ الأحد المقبل.\n";
        var talks = Assert.Single(EventTexts.Extract(text, "headline").Events, e => e.Type == "CONSULT");
        Assert.Equal("planned", talks.Mode);
    }

    [Fact]
    public void A_headline_meeting_elsewhere_stays_its_own()
    {
        const string text = "مفاوضات فيينا.. ترقب\n\nقال دبلوماسيون إن المفاوضات المزمع عقدها في جنيف بين الحكومة السورية والمعارضة ستبدأ الأحد المقبل.\n";
        Assert.Equal(2, EventTexts.Extract(text, "elsewhere").Events.Count(e => e.Type == "CONSULT"));
    }
}
