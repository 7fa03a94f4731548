namespace Rasd.Tests.Events;

/// <summary>
/// A one-word subject Rasd cannot name ("المملكة", "التقرير", "الحركة") right after a statement verb makes the name after it the
/// object: the one called upon or accused, not the one who speaks.
/// </summary>
public class UnnamedSubjectTests
{
    [Theory]
    [InlineData("ودعت المملكة الحكومة العراقية إلى إجراء حوار وطني شامل.", "REQUEST", "IRQGOV")]
    [InlineData("واتهم التقرير الحكومة اللبنانية بالتقصير في حماية اللاجئين.", "ACCUSE", "LBNGOV")]
    [InlineData("وانتقدت الحركة الحكومة التركية بسبب القيود على الصحافة.", "ACCUSE", "TURGOV")]
    public void TheNameAfterAnUnnamedSubjectIsTheObject(string text, string type, string target)
    {
        var record = EventTexts.Extract(text);
        var ev = Assert.Single(record.Events, e => e.Type == type);
        Assert.Contains(target, ev.Targets);
        Assert.DoesNotContain(target, ev.Actors);
    }

    // a nationality adjective on the noun names its speaker; a name joined with و is a second subject
    [Theory]
    [InlineData("ويتهم المسؤولون الأتراك الحكومة السورية بدعم المسلحين.", "ACCUSE", "TURGOV")]
    [InlineData("ودعت الجامعة العربية والأردن إلى وقف القتال في الجنوب.", "REQUEST", "JORGOV")]
    public void AnAdjectiveOrACoordinatedNameStaysTheSubject(string text, string type, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == type && e.Actors.Contains(actor));
    }
}
