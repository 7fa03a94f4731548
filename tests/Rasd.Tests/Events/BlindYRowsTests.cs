using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round Y's rows: dual verbs and the names put before them, time zones, forces loyal to the government, definite deeds after a carrying verb.</summary>
public class BlindYRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // a dual verb is a trigger, and the names joined by و before it in a headline are all its subject
    [InlineData("باريس ولندن تدينان الهجوم الكيميائي على خان شيخون", "ACCUSE", "FRAGOV GBRGOV", "")]
    [InlineData("الرياض وأبوظبي تطالبان بانسحاب القوات الإيرانية من سوريا", "REQUEST", "SAUGOV AREGOV", "")]
    [InlineData("عمان والقاهرة تتهمان إسرائيل بخرق الهدنة في غزة", "ACCUSE", "JORGOV EGYGOV", "ISRGOV")]
    [InlineData("دمشق وطهران تتهمان واشنطن بقصف مواقع للجيش في دير الزور", "ACCUSE", "SYRGOV IRNGOV", "USAGOV")]
    [InlineData("أنقرة وطهران تتفقان على تنسيق العمليات ضد حزب العمال الكردستاني", "AGREE", "TURGOV IRNGOV", "")]
    [InlineData("موسكو وأنقرة تبحثان الوضع في إدلب", "CONSULT", "RUSGOV TURGOV", "")]
    public void DualVerbWithFrontedSubjects(string headline, string type, string actors, string targets)
    {
        var ev = Assert.Single(Extract(headline).Events, e => e.Type == type);
        Assert.Equal(actors.Split(' ').Order(), ev.Actors.Order());
        foreach (var t in targets.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Assert.Contains(t, ev.Targets);
    }

    [Theory]
    // the capitals put before a statement's or a deal's verb speak for their governments: they are not where the deed happened
    [InlineData("دمشق وطهران تتهمان واشنطن بقصف مواقع للجيش في دير الزور", "ASSAULT", "SY09", "SY01 IRN USA")]
    [InlineData("أنقرة وواشنطن تتفقان على خطة لسحب المقاتلين الأكراد من منبج", "AGREE", "SY02", "TUR USA")]
    // the city after "بتوقيت" gives the clock, not the place
    [InlineData("وقالت وزارة الدفاع إن الطائرات قصفت مطار الشعيرات قرب حمص عند الساعة 04:10 بتوقيت موسكو.", "ASSAULT", "SY04", "RUS")]
    [InlineData("وانفجرت سيارة مفخخة في مدينة أعزاز عند الساعة التاسعة صباحا بتوقيت دمشق.", "ASSAULT", "SY02", "SY01")]
    public void PlacesOfTheDeed(string sentence, string type, string place, string notPlaces)
    {
        var ev = Assert.Single(Extract(sentence).Events, e => e.Type == type);
        Assert.Contains(place, ev.Places);
        foreach (var p in notPlaces.Split(' ')) Assert.DoesNotContain(p, ev.Places);
    }

    [Theory]
    // armed men called loyal to the government fight on its side: they are no armed opposition
    [InlineData("وقصفت قوات النظام والمسلحون الموالون لها بلدة اللطامنة بريف حماة.")]
    [InlineData("وقصف المسلحون الموالون للنظام قرية الصورة في ريف درعا.")]
    public void LoyalGunmenAreGovernmentForces(string sentence)
    {
        var ev = Assert.Single(Extract(sentence).Events, e => e.Type == "ASSAULT");
        Assert.Contains("SYRMIL", ev.Actors);
        Assert.DoesNotContain("SYRREB", ev.Actors);
    }

    [Fact]
    public void LoyalGunmenCountedAmongTheDeadAreHit()
    {
        var ev = Assert.Single(Extract("وأسفرت الغارة الإسرائيلية عن مقتل 11 عنصرا من قوات النظام والمسلحين الموالين لها قرب مطار الضمير.").Events,
            e => e.Type == "ASSAULT");
        Assert.DoesNotContain("SYRMIL", ev.Actors);
        Assert.DoesNotContain("SYRREB", ev.Actors);
        Assert.Contains("SYRMIL", ev.Targets);
    }

    [Fact]
    public void FactionsLoyalToTurkeyStayOpposition()
    {
        var ev = Assert.Single(Extract("وتشن تركيا والفصائل الموالية لها هجوما على عفرين.").Events, e => e.Type == "ASSAULT");
        Assert.Contains("SYRREB", ev.Actors);
    }

    [Theory]
    // the definite deed a carrying verb takes is its subject's deed
    [InlineData("وقال مسؤول أمريكي إن إسرائيل شنت الغارة على قاعدة عسكرية قرب دمشق.", "ISRMIL")]
    [InlineData("وأكد المرصد أن روسيا نفذت الضربات على بلدة معرة النعمان.", "RUSMIL")]
    [InlineData("وشنت تركيا الهجوم على قرى عفرين فجر الأحد.", "TURMIL")]
    public void DefiniteDeedAfterCarryingVerb(string sentence, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT" && e.Actors.Contains(actor));
}
