namespace Rasd.Tests.Events;

/// <summary>The UN after "لدى" behind an envoy's title is the envoy's post: the envoy speaks for a state, and the UN is no party.</summary>
public class EnvoyPostTests
{
    [Fact]
    public void TheUnIsTheDelegatesPostNotTheOneAddressed()
    {
        var record = EventTexts.Extract("وطالب مندوب الكويت لدى الأمم المتحدة، محمد العتيبي، الأطراف بوقف القتال.");
        var e = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.Contains("KWTGOV", e.Actors);
        Assert.DoesNotContain("IGO", e.Targets);
    }

    [Fact]
    public void AFemaleAmbassadorSpeaksForHerState()
    {
        var record = EventTexts.Extract("ودعت السفيرة البريطانية لدى الأمم المتحدة إلى وقف القصف على الغوطة.");
        var e = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.Contains("GBRGOV", e.Actors);
        Assert.DoesNotContain("IGO", e.Actors);
    }

    [Fact]
    public void TheUnSecretaryGeneralStaysTheUn()
    {
        var record = EventTexts.Extract("ودعا الأمين العام للأمم المتحدة إلى وقف القصف على الغوطة.");
        Assert.Contains(record.Events, e => e.Type == "REQUEST" && e.Actors.Contains("IGO"));
    }

    [Fact]
    public void AFemaleEnvoysNameEndsBeforeHerVerb()
    {
        var record = EventTexts.Extract("وقالت مصادر إن السفيرة الأميركية لدى الأمم المتحدة جين سميث عبرت عن قلقها من القصف.");
        Assert.Contains(record.Entities, x => x.Text == "جين سميث" && x.Type == "PER");
    }
}
