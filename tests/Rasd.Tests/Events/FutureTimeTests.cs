namespace Rasd.Tests.Events;

/// <summary>A verb marked for the future ("سيلتقي") is not dated by a day already past that its sentence names for something else.</summary>
public class FutureTimeTests
{
    [Fact]
    public void A_future_meeting_does_not_take_the_past_day_of_its_announcement()
    {
        // published Thursday 2024-03-14; "يوم الاثنين" is 2024-03-11, the day of the announcement
        const string text = "وسيلتقي وزير الخارجية الأردني نظيره التركي في عمان، وفق ما أعلن مكتب الوزير يوم الاثنين.";
        var meeting = Assert.Single(EventTexts.Extract(text, "future").Events, e => e.Type == "CONSULT");
        Assert.Equal("planned", meeting.Mode);
        Assert.NotEqual("2024-03-11", meeting.Time?.Begin);
    }

    [Fact]
    public void A_past_meeting_keeps_its_past_day()
    {
        const string text = "والتقى وزير الخارجية الأردني نظيره التركي في عمان يوم الاثنين.";
        var meeting = Assert.Single(EventTexts.Extract(text, "past").Events, e => e.Type == "CONSULT");
        Assert.Equal("2024-03-11", meeting.Time?.Begin);
    }

    [Fact]
    public void A_future_verb_reaches_its_weekday_past_a_name_set_off_by_commas()
    {
        // published Thursday 2024-03-14: the coming Wednesday is 2024-03-20
        const string text = "وقال الوزير إنه سيبحث مع نظيره التركي، مولود جاويش أوغلو، الأربعاء، الوضع على الحدود.";
        var meeting = Assert.Single(EventTexts.Extract(text, "apposed").Events, e => e.Type == "CONSULT");
        Assert.Equal("2024-03-20", meeting.Time?.Begin);
    }

    [Fact]
    public void A_past_verb_keeps_the_past_weekday_after_an_apposed_name()
    {
        const string text = "والتقى الوزير نظيره التركي، مولود جاويش أوغلو، الأربعاء، في أنقرة.";
        var meeting = Assert.Single(EventTexts.Extract(text, "apposed-past").Events, e => e.Type == "CONSULT");
        Assert.Equal("2024-03-13", meeting.Time?.Begin);
    }
}
