namespace Rasd.Tests.Events;

/// <summary>A relative clause set off by commas after a verb's subject describes the subject: its names are not the verb's parties, and its own event does not reach past its closing comma.</summary>
public class RelativeAsideTests
{
    private const string Text = "وانتقد الوزير الفرنسي، الذي التقى نظيره الأردني في عمان، روسيا لدعمها النظام السوري.";

    [Fact]
    public void The_name_after_the_aside_is_the_object_not_the_one_inside_it()
    {
        var accusation = Assert.Single(EventTexts.Extract(Text, "aside").Events, e => e.Type == "ACCUSE");
        Assert.Equal(["RUSGOV"], accusation.Targets);
        Assert.DoesNotContain("JORGOV", accusation.Actors.Concat(accusation.Targets));
    }

    [Fact]
    public void The_event_inside_the_aside_takes_no_name_past_its_closing_comma()
    {
        var meeting = Assert.Single(EventTexts.Extract(Text, "aside-meeting").Events, e => e.Type == "CONSULT");
        Assert.DoesNotContain("RUSGOV", meeting.Actors);
    }
}
