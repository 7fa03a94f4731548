namespace Rasd.Tests.Events;

/// <summary>"وزير خارجيتها" is of the state whose body was named just before, not of a dateline's country; "على هامش اجتماعات الجمعية العامة" is an occasion, not a party.</summary>
public class PossessiveMinisterTests
{
    [Fact]
    public void TheBodyNamedWithItsNationalityOwnsTheMinister()
    {
        var events = EventTexts.Extract("عنوان\n\nعمّان، الأردن (CNN) – رحبت الحكومة الكويتية بزيارة وزير خارجيتها، سالم عبدالله الجابر، إلى بغداد، الأحد، ووصفتها بالناجحة.").Events;
        var visit = Assert.Single(events, e => e.Type == "CONSULT");
        Assert.Contains("KWTGOV", visit.Actors);
        Assert.DoesNotContain("JORGOV", visit.Actors);
    }

    [Fact]
    public void ACountryNamedBeforeStillOwnsIt() =>
        Assert.Contains(EventTexts.Extract("وأعلنت قطر أن وزير خارجيتها سيزور موسكو الأسبوع المقبل.").Events,
            e => e.Type == "CONSULT" && e.Actors.Contains("QATGOV"));

    [Theory]
    [InlineData("والتقى وزير الخارجية الأردني نظيره العراقي على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك.")]
    [InlineData("والتقى وزير الخارجية الأردني نظيره العراقي على هامش اجتماعات الجمعية العمومية للأمم المتحدة في نيويورك.")]
    public void TheGatheringOnWhoseSidelinesTheyMetIsNoParty(string text)
    {
        var talks = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "CONSULT");
        Assert.Contains("JORGOV", talks.Actors);
        Assert.DoesNotContain("IGO", talks.Actors);
    }

    [Fact]
    public void HisMinisterIsNotOfABodyNamedBefore()
    {
        var events = EventTexts.Extract("وبحث الرئيس الفرنسي الأزمة السورية مع ضيفه، ثم كلف وزير خارجيته، بيار لوران دوماس، بزيارة القاهرة الأسبوع المقبل.").Events;
        Assert.DoesNotContain(events, e => e.Type == "CONSULT" && e.Actors.Contains("SYRGOV") && e.Places.Contains("EGY"));
    }

    [Fact]
    public void HerMinisterIsNotOfTheCrisisNamedBefore()
    {
        var events = EventTexts.Extract("وأعلنت قطر، في بيان عن الأزمة السورية، أن وزير خارجيتها، حمد سالم الكعبي، سيزور أنقرة غدا.").Events;
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Actors.Contains("QATGOV"));
        Assert.DoesNotContain(events, e => e.Type == "CONSULT" && e.Actors.Contains("SYRGOV"));
    }
}
