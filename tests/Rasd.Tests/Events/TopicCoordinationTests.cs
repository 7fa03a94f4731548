namespace Rasd.Tests.Events;

/// <summary>A name joined by و to the topic of talks ("حول إدلب والنصرة") is topic too, not a party to the talks.</summary>
public class TopicCoordinationTests
{
    [Fact]
    public void A_group_coordinated_with_the_topic_is_no_party()
    {
        const string text = "وعقد وزيرا خارجية روسيا وإيران محادثات في موسكو حول الرقة وجبهة النصرة.";
        var talks = Assert.Single(EventTexts.Extract(text, "topic").Events, e => e.Type == "CONSULT");
        Assert.DoesNotContain("SYRREB", talks.Actors);
        Assert.Contains("RUSGOV", talks.Actors);
    }
}
