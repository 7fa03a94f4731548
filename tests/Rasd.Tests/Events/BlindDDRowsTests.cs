using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round DD's rows: what is not known of a happening does not deny it, an agreement's subject is no cooperation of its own, "others" with children among them are not fighters, al-Shabaab, withdrawn weapons, intentions and wishes, forced returns, declining to comment, warnings that are no ultimatum, a capital's nationality, "the governorate" named before, and new first names and family names that begin with و.</summary>
public class BlindDDRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // a detail not yet known or not given ("لم يعرف", "لم تذكر") leaves the happening as told
    [InlineData("ولم يعرف بعد موعد الاجتماع الذي سيعقده الوزيران في القاهرة.")]
    [InlineData("ولم تكشف الوزارة تفاصيل الزيارة التي يقوم بها الوزير إلى عمان.")]
    public void UnknownDetailDoesNotDeny(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Type == "CONSULT");
        Assert.DoesNotContain(events, e => e.Mode == "negated");
    }

    [Fact]
    public void UnclearTollDoesNotDenyTheShelling() =>
        Assert.Contains(Extract("ولم يتضح عدد ضحايا القصف على البلدة أمس.").Events, e => e.Type == "ASSAULT" && e.Mode == "actual");

    [Fact]
    public void MeetingNotHeldStaysDenied() =>
        Assert.Contains(Extract("لم يجتمع الوزيران في القاهرة أمس.").Events, e => e.Type == "CONSULT" && e.Mode == "negated");

    [Theory]
    [InlineData("وقع الوزيران أمس اتفاقا للتعاون العسكري بين البلدين.")]
    [InlineData("ووقعت الحكومتان الأسبوع الماضي مذكرة تفاهم للتعاون في مجال الطاقة.")]
    public void AgreementSubjectIsNoCooperation(string sentence)
    {
        var events = Extract(sentence).Events;
        Assert.Contains(events, e => e.Type == "AGREE");
        Assert.DoesNotContain(events, e => e.Type == "COOPERATE");
    }

    [Fact]
    public void CooperationToldAloneStays() =>
        Assert.Contains(Extract("وأكد الوزيران أمس التعاون الوثيق في مكافحة الإرهاب.").Events, e => e.Type == "COOPERATE");

    [Fact]
    public void OthersWithChildrenAreEveryone()
    {
        var figures = Extract("وقال مسؤولون إن الانفجار أسفر عن مقتل جنديين وإصابة 9 آخرين بينهم 4 أطفال.").Events.SelectMany(e => e.Figures).ToList();
        Assert.Contains(figures, f => f.Role == "injured" && f.Group == "all" && f.Value == 9);
        Assert.Contains(figures, f => f.Role == "killed" && f.Group == "fighters" && f.Value == 2);
    }

    [Fact]
    public void OthersAfterSoldiersStaySoldiers() =>
        Assert.Contains(Extract("قتل 5 جنود وأصيب 7 آخرون في الهجوم على الثكنة.").Events.SelectMany(e => e.Figures),
            f => f.Role == "injured" && f.Group == "fighters" && f.Value == 7);

    [Fact]
    public void ShabaabClaimIsTheAttacker() =>
        Assert.Contains(Extract("وأعلنت حركة الشباب مسؤوليتها عن التفجير الذي استهدف قاعدة عسكرية في مقديشو أمس.").Events,
            e => e.Type == "ASSAULT" && e.Actors.Contains("SOMREB"));

    [Fact]
    public void WithdrawnHeavyWeaponsAreARetreat() =>
        Assert.Contains(Extract("بدأت الفصائل أمس سحب الأسلحة الثقيلة من المنطقة العازلة في ريف حماة.").Events,
            e => e.Type == "RETREAT" && e.Actors.Contains("SYRREB") && e.Places.Contains("SY05"));

    [Theory]
    // an intention ("عزمها") is planned, a wish ("رغبته في") only possible
    [InlineData("وأعلنت الفصائل عزمها الانسحاب من البلدة.", "planned")]
    [InlineData("أعرب الرئيس الأمريكي عن رغبته في الانسحاب من سوريا قريبا.", "possible")]
    public void IntentionAndWishAreNotDone(string sentence, string mode) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "RETREAT" && e.Mode == mode);

    [Fact]
    public void NoIntentionDenies() =>
        Assert.Contains(Extract("وأكد المسؤول أن لا نية لدى الحكومة السورية لشن هجوم على إدلب.").Events, e => e.Type == "ASSAULT" && e.Mode == "negated");

    [Theory]
    // a forced return of refugees is a deportation, as "ترحيل"
    [InlineData("وقالت الحكومة اللبنانية إنها لن تطبق الإعادة القسرية على اللاجئين السوريين.", "negated")]
    [InlineData("وتتهم منظمات حقوقية السلطات بإعادة قسرية لمئات اللاجئين السوريين إلى بلادهم.", "actual")]
    public void ForcedReturnIsARetreat(string sentence, string mode) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "RETREAT" && e.Mode == mode && e.Actors.Contains("SYRCVL"));

    [Theory]
    // declining to comment is no refusal a monitor codes, even with the speaker's title and name between
    [InlineData("ورفض المتحدث باسم الخارجية الأمريكية جون كيربي، أن يعلق على خطط روسيا للرد على الهجوم.")]
    [InlineData("ورفضت المتحدثة باسم البنتاغون جين سميث، أن تعلق على خطط الولايات المتحدة.")]
    public void DecliningToCommentIsNoRefusal(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "REJECT");

    [Fact]
    public void RefusedDealStaysARefusal() =>
        Assert.Contains(Extract("ورفض الرئيس الاتفاق الذي اقترحته المعارضة أمس.").Events, e => e.Type == "REJECT");

    [Theory]
    // "دون سابق إنذار" (without warning) and a false alarm are no threat made
    [InlineData("وقصفت الطائرات الإسرائيلية مواقع في ريف دمشق دون سابق إنذار أمس.")]
    [InlineData("وقال الجيش الإسرائيلي إن إنذارا خاطئا أدى إلى إطلاق صاروخ باتريوت فوق الجولان أمس.")]
    public void WarningThatIsNoUltimatum(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "THREATEN");

    [Fact]
    public void UltimatumStaysAThreat() =>
        Assert.Contains(Extract("ووجهت الفصائل إنذارا إلى قوات النظام في درعا بالانسحاب خلال 24 ساعة.").Events, e => e.Type == "THREATEN");

    [Theory]
    // the adjective of a capital or a coast tells where the attack was, not whose forces made it
    [InlineData("قتل 5 أشخاص في هجوم انتحاري وسط العاصمة الصومالية مقديشو أمس.", "SOMMIL")]
    [InlineData("وغرق قارب يقل مهاجرين في هجوم قبالة السواحل الليبية أمس.", "LBYMIL")]
    public void CapitalAdjectiveIsNoAttacker(string sentence, string notActor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT" && !e.Actors.Contains(notActor));

    [Theory]
    // a first name the list lacked, and a family name whose own first letter is و ("وايت", "ووكر") rather than "and"
    [InlineData("وقالت المتحدثة باسم البنتاغون دانا وايت إن الخطط جاهزة.", "دانا وايت")]
    [InlineData("وقالت ماري ووكر إن القصف استمر.", "ماري ووكر")]
    [InlineData("وأعرب نائب رئيس شرطة دبي الفريق ضاحي خلفان عن استعداده للمساعدة.", "ضاحي خلفان")]
    [InlineData("والتقت الوزيرة المساعدة كارول أوكونيل بالمسؤولين في عمان.", "كارول أوكونيل")]
    public void PersonIsNamed(string sentence, string name) =>
        Assert.Contains(Extract(sentence).Entities, e => e.Type == "PER" && e.Text == name);

    [Fact]
    public void AndStillJoinsTwoNames() =>
        Assert.DoesNotContain(Extract("والتقى محمد وأحمد بالوفد في دمشق.").Entities, e => e.Text.Contains("وأحمد", StringComparison.Ordinal));

    [Fact]
    public void TheGovernorateIsTheOneNamedBefore()
    {
        var record = Extract("وتستعد قوات النظام لهجوم على محافظة إدلب. وبدأت الطائرات الروسية غاراتها في المحافظة أمس وسط مخاوف أنقرة من موجة نزوح.");
        var strikes = Assert.Single(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("RUSMIL"));
        Assert.Equal(["SY07"], strikes.Places);
    }
}
