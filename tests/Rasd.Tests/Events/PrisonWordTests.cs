namespace Rasd.Tests.Events;

/// <summary>"السجن" alone is the prison: leaving it, or a place in it, tells of no sentence.</summary>
public class PrisonWordTests
{
    [Fact]
    public void The_prison_alone_is_no_sentence() =>
        Assert.DoesNotContain(EventTexts.Extract("وزار الوفد السجن المركزي في المدينة أمس.").Events, e => e.Type == "COERCE");
}
