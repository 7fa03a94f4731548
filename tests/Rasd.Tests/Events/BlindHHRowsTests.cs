using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round HH's rows: the capital talks, a deal or cooperation are held with is a party, not a place; the state whose deed or policy is criticised past a day, a leadership noun or "ل" is the criticism's target; "كل من" before the subjects of an attack; the one a blow is directed at; a state an attack falls on is not its maker; the name after a present verb whose unnamed subject opens the headline is addressed.</summary>
public class BlindHHRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // "مع" right after talks, a deal or cooperation (a few words may stand between) names the other side's government
    [InlineData("وقالت الحكومة الأردنية إن اتفاق المياه مع دمشق لا يزال ساريا.", "AGREE", "SYRGOV", "SY01")]
    [InlineData("وتعمل قطر على تعزيز التعاون الاقتصادي الوثيق مع أنقرة.", "COOPERATE", "TURGOV", "TUR")]
    [InlineData("وبدأ الوفد العراقي أمس محادثات مع طهران بشأن الحدود.", "CONSULT", "IRNGOV", "IRN")]
    public void CapitalAfterWithIsTheOtherSide(string sentence, string type, string party, string place) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == type && e.Actors.Contains(party) && !e.Places.Contains(place));

    [Fact]
    public void VenueAfterWithPartnerStaysAPlace() =>
        Assert.Contains(Extract("واجتمع الوزير مع نظيره الروسي في موسكو أمس.").Events, e => e.Type == "CONSULT" && e.Places.Contains("RUS"));

    [Theory]
    // a day between the subject and the object, a leadership noun before the body that speaks, an object marked by "ل"
    [InlineData("وانتقدت الحكومة الأردنية أمس الخطوة الإسرائيلية في القدس.", "ISRGOV")]
    [InlineData("ورفضت قيادة حركة فتح الاقتراح الأمريكي الجديد.", "USAGOV")]
    [InlineData("وعبرت الحكومة عن انتقادها للسياسة الأمريكية في المنطقة.", "USAGOV")]
    public void CriticisedStateIsTheTarget(string sentence, string target) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type is "ACCUSE" or "REJECT" && e.Targets.Contains(target) && !e.Actors.Contains(target));

    [Fact]
    public void EachOfOpensTheAttackersList() =>
        Assert.Contains(Extract("ونفذت كل من بريطانيا وفرنسا أمس غارات على مواقع التنظيم.").Events,
            e => e.Type == "ASSAULT" && e.Actors.Contains("GBRMIL") && e.Actors.Contains("FRAMIL"));

    [Theory]
    // "وجهت ل": the one a blow is directed at is hit, not the one who strikes
    [InlineData("ودمرت الغارات التي وجهت لتنظيم داعش مستودعا للأسلحة في البلدة.", "SYRREB")]
    [InlineData("وأدت الضربة التي وجهت لقوات النظام إلى مقتل 5 عناصر.", "SYRMIL")]
    public void DirectedAtIsTheTarget(string sentence, string target) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT" && e.Targets.Contains(target) && !e.Actors.Contains(target));

    [Theory]
    // a state cued as what the attack falls on ("على العراق"), and Syria right after the attack noun ("قصف سوريا"), are struck
    [InlineData("وهددت واشنطن بشن ضربات على إيران.", "IRNMIL")]
    [InlineData("وقصفت الطائرات الأمريكية مواقع على الحدود السورية بعد ضربات على العراق.", "IRQMIL")]
    [InlineData("وقال الرئيس إن قصف سوريا لن يمر دون رد.", "SYRMIL")]
    public void StruckStateIsNoAttacker(string sentence, string state) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ASSAULT" && e.Actors.Contains(state));

    [Fact]
    public void StateBeforeAttackNounStillAttacks() =>
        Assert.Contains(Extract("وكثفت روسيا قصفها على ريف إدلب أمس.").Events, e => e.Type == "ASSAULT" && e.Actors.Contains("RUSMIL"));

    [Theory]
    // a definite subject Rasd cannot name put before a verb in the present: the name after the verb is the one called upon
    [InlineData("المنظمات الحقوقية تطالب تركيا بالإفراج عن الصحفيين", "TURGOV")]
    [InlineData("الدول العربية تدعو إيران إلى وقف التدخل", "IRNGOV")]
    public void FrontedUnnamedSubjectAddressesTheName(string headline, string addressed) =>
        Assert.Contains(Extract(headline).Events, e => e.Type == "REQUEST" && e.Targets.Contains(addressed) && !e.Actors.Contains(addressed));
}
