namespace Rasd.Tests.Events;

/// <summary>An unplaced event falls last in the governorate the article names most; a region of several governorates ("شمال سوريا") names none of them in particular.</summary>
public class RegionFallbackTests
{
    private const string Title = "تصعيد جديد\n\n";

    [Fact]
    public void A_region_alone_gives_an_unplaced_attack_no_governorate()
    {
        const string body = "وقررت الولايات المتحدة وتركيا الاثنين تعزيز تعاونهما العسكري في شمال سوريا.\n"
            + "وقال الرئيس إن الحكومة ماضية في خططها الاقتصادية.\nوأضاف أن البرلمان سيناقش القانون الجديد.\n"
            + "وقتل ثلاثة جنود في هجوم نفذه مسلحون أمس.";
        var attack = Assert.Single(EventTexts.Extract(Title + body, "region-fallback").Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(attack.Places, p => p.StartsWith("SY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_named_before_still_places_an_unplaced_attack()
    {
        const string body = "وقصفت الطائرات مدينة معرة النعمان في شمال سوريا.\n"
            + "وقال الرئيس إن الحكومة ماضية في خططها الاقتصادية.\nوأضاف أن البرلمان سيناقش القانون الجديد.\n"
            + "وقتل ثلاثة جنود في هجوم نفذه مسلحون أمس.";
        var attacks = EventTexts.Extract(Title + body, "town-fallback").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Contains(attacks, a => a.Places.Contains("SY07"));
        Assert.DoesNotContain(attacks, a => a.Places.Contains("SY02"));
    }
}
