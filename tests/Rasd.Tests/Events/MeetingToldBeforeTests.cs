namespace Rasd.Tests.Events;

/// <summary>"اللقاء" told again in a later sentence, which borrows another day, is the meeting already told of, not a second one.</summary>
public class MeetingToldBeforeTests
{
    [Fact]
    public void TheDefiniteMeetingToldAgainIsTheSameMeeting()
    {
        var events = EventTexts.Extract("التقى وزير الخارجية العماني نظيره الإيراني، الثلاثاء، في مسقط. وقالت الحكومة العمانية في بيان، الأربعاء، إن اللقاء تناول أمن الملاحة في الخليج.").Events;
        var meeting = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Equal("2024-03-12", meeting.Time?.Begin);
    }

    [Fact]
    public void AMeetingWithADayOfItsOwnIsAnother()
    {
        var events = EventTexts.Extract("التقى وزير الخارجية العماني نظيره الإيراني، الثلاثاء، في مسقط. وسيعقد الاجتماع الثاني في طهران الأحد المقبل.").Events;
        Assert.Equal(2, events.Count(e => e.Type == "CONSULT"));
    }
}
