namespace Rasd.Tests.Events;

/// <summary>A meeting told again with no mode cue of its own, after a meeting set for a day to come, is that coming meeting.</summary>
public class ComingMeetingTests
{
    [Fact]
    public void TheMeetingToldAgainIsTheComingSummit()
    {
        const string text = "إيران وتركيا وروسيا\n\nوقال الوزير الإيراني إن قمة ستعقد في طهران يوم الأحد المقبل بين إيران وتركيا وروسيا. ولم يحدد الوزير إن كان الاجتماع سيضم رؤساء الدول الثلاث.";
        var summit = Assert.Single(EventTexts.Extract(text, "summit").Events, e => e.Type == "CONSULT");
        Assert.Equal("planned", summit.Mode);
        Assert.Equal("2024-03-17", summit.Time?.Begin);
    }

    [Fact]
    public void OtherPartiesTalkingAreAnotherMeeting()
    {
        const string text = "روسيا والمعارضة\n\nوسيعقد مجلس الأمن الدولي جلسة يوم الأحد المقبل. وقال الوزير الروسي إن المحادثات مع المعارضة السورية استؤنفت في عمان.";
        Assert.Equal(2, EventTexts.Extract(text, "other").Events.Count(e => e.Type == "CONSULT"));
    }
}
