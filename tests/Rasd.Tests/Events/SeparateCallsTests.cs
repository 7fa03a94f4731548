using Rasd.Records;

namespace Rasd.Tests.Events;

/// <summary>
/// Calls told together are each their own talks: plural calls between one party and several ("خلال اتصالات هاتفية مع
/// إردوغان دعا بوتين وماي", "في اتصالين هاتفيين مع …") are one call per party of the many, and two calls told apart in one
/// sentence ("اتصالا هاتفيا مع … واتصالا مماثلا مع …") each keep only their own party.
/// </summary>
public class SeparateCallsTests
{
    private static bool Call(EventRecord e, params string[] parties) =>
        e.Type == "CONSULT" && e.Actors.Count == parties.Length && parties.All(e.Actors.Contains);

    [Fact]
    public void PluralCallsWithOnePartyAreOneCallPerCaller()
    {
        var record = EventTexts.Extract("وخلال اتصالات هاتفية مع إردوغان دعا الرئيس الروسي فلاديمير بوتين ورئيسة الوزراء البريطانية تيريزا ماي إلى التعاون مع تركيا.");
        Assert.Contains(record.Events, e => Call(e, "TURGOV", "RUSGOV"));
        Assert.Contains(record.Events, e => Call(e, "TURGOV", "GBRGOV"));
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT" && e.Actors.Count > 2);
    }

    [Fact]
    public void TwoCallsWithTwoPartiesAreTwoCalls()
    {
        var record = EventTexts.Extract("وأدان الرئيس الفرنسي إيمانويل ماكرون العنف في مكالمتين هاتفيتين مع الرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبدالله الثاني.");
        Assert.Contains(record.Events, e => Call(e, "FRAGOV", "PSEGOV"));
        Assert.Contains(record.Events, e => Call(e, "FRAGOV", "JORGOV"));
    }

    [Fact]
    public void ASimilarCallKeepsItsOwnParty()
    {
        var record = EventTexts.Extract("وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع العاهل الأردني الملك عبد الله واتصالا مماثلا مع رئيس السلطة الفلسطينية محمود عباس.");
        Assert.Contains(record.Events, e => Call(e, "FRAGOV", "JORGOV"));
        Assert.Contains(record.Events, e => Call(e, "FRAGOV", "PSEGOV"));
    }

    [Fact]
    public void AListReadOnlyInPartIsNotSplit()
    {
        // the caller ("الملك") is not named, and the list of the called goes on past the first name read: no pairs are guessed
        var record = EventTexts.Extract("وقال البيان إن الملك أجرى اتصالات مع الملك عبدالله الثاني ملك الأردن والشيخ صباح الأحمد الصباح أمير دولة الكويت والشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي.");
        Assert.DoesNotContain(record.Events, e => Call(e, "JORGOV", "KWTGOV"));
        Assert.DoesNotContain(record.Events, e => Call(e, "JORGOV", "AREGOV"));
    }
}
