namespace Rasd.Tests.Events;

/// <summary>
/// Civilians, gunmen and the opposition in a report where nothing is Syrian are the country's the report names most, not
/// Syria's (Rasd's default for these common nouns).
/// </summary>
public class ReportCountryCiviliansTests
{
    // the deaths' sentence names no place: the civilians are still the report's country's
    [Fact]
    public void TheDeadOfAStoryAboutAnotherCountryAreItsCivilians()
    {
        const string text = "مقتل خمسة مدنيين في هجوم على سوق شعبي في نيجيريا\n\n" +
            "أعلنت الشرطة النيجيرية أن مسلحين هاجموا سوقا شعبيا صباح الثلاثاء.\n" +
            "وقال المتحدث باسم الشرطة إن المسلحين أطلقوا النار على المتسوقين، ما أدى إلى مقتل خمسة مدنيين وإصابة ثمانية آخرين.\n" +
            "وأضاف أن قوات الأمن طاردت المهاجمين إلى غابة قريبة من لاغوس.\n";
        var record = EventTexts.Extract(text, "nigeria");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Targets.Contains("NGACVL"));
        Assert.DoesNotContain(record.Events, e => e.Targets.Contains("SYRCVL") || e.Actors.Contains("SYRCVL"));
        // "المسلحين" are gunmen of the report's country too
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("NGAREB"));
        Assert.DoesNotContain(record.Events, e => e.Actors.Contains("SYRREB"));
    }

    // the opposition of a report on another country is that country's
    [Fact]
    public void TheOppositionOfAReportOnAnotherCountryIsItsOwn()
    {
        const string text = "المعارضة في فنزويلا تتهم الحكومة بتزوير الانتخابات\n\n" +
            "اتهمت المعارضة الحكومة بتزوير نتائج الانتخابات التي جرت الأحد في كاراكاس، ودعت أنصارها إلى التظاهر.\n";
        var record = EventTexts.Extract(text, "venezuela");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains("VENOPP"));
    }

    // a kidnapping is no attack: its civilians were left as Syria's when the event had no place abroad
    [Fact]
    public void CiviliansSeizedInAReportOnYemenAreYemeni()
    {
        const string text = "الحوثيون يختطفون مدنيين في الحديدة\n\n" +
            "اختطفت ميليشيات الحوثي عشرات المدنيين في مدينة الحديدة غربي اليمن، بحسب مصادر محلية.\n" +
            "وقالت المصادر إن الميليشيات تواصل حصار السكان وتمنع عنهم الغذاء والدواء.\n";
        var record = EventTexts.Extract(text, "yemen");
        Assert.Contains(record.Events, e => e.Type == "COERCE" && e.Targets.Contains("YEMCVL"));
        Assert.DoesNotContain(record.Events, e => e.Targets.Contains("SYRCVL"));
    }

    // anything Syrian in the report (here the regime's forces and Idlib's countryside) keeps the default
    [Fact]
    public void CiviliansOfAReportWithSyrianForcesStaySyrian()
    {
        const string text = "قصف على ريف إدلب\n\n" +
            "قتل ثلاثة مدنيين في قصف لقوات النظام على بلدة في ريف إدلب الجنوبي، فيما دعت الأمم المتحدة من جنيف إلى حماية المدنيين.\n";
        var record = EventTexts.Extract(text, "idlib");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Targets.Contains("SYRCVL"));
    }

    // a report that names no country keeps the default too: there is no other country to give its people
    [Fact]
    public void CiviliansOfAReportNamingNoCountryStaySyrian()
    {
        const string text = "مقتل أربعة مدنيين بقصف على بلدة\n\nقتل أربعة مدنيين بينهم طفلان في قصف مدفعي استهدف بلدة صباح اليوم.\n";
        var record = EventTexts.Extract(text, "nowhere");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Targets.Contains("SYRCVL"));
    }
}
