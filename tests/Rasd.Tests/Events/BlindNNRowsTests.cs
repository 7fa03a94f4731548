using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round NN's rows: a count told in a later sentence dated weeks apart is another deed's; a deed launched as an attack's consequence is another attack, by those it names; a definite meeting told as awaited or called off after it was told as held is that meeting; counts after a comma that add up to the total before them break it down; an undated attack by another state's forces is not a dated attack told again.</summary>
public class BlindNNRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // the toll of an attack years before, in a sentence of its own with no attack word, is not the day's strikes'
    [InlineData("وشنت الطائرات الحربية غارات على مدينة دوما في 10 آذار الجاري. كما تتهم المعارضة النظام باستخدام غاز السارين على بلدة اللطامنة في أيار 2016، ما أوقع 30 قتيلا.", "2024-03-10", "2016-05-01")]
    [InlineData("وقصفت قوات النظام بلدة كفرنبل أمس. وكانت البلدة قد شهدت في كانون الثاني الماضي مقتل 12 مدنيا.", "2024-03-13", "2024-01-01")]
    public void ACountDatedWeeksApartIsAnotherDeeds(string text, string day, string otherDay)
    {
        var events = Extract(text).Events;
        Assert.DoesNotContain(events, e => e.Time != null && e.Time.Begin == day && e.Figures.Count > 0);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Time != null && e.Time.Begin == otherDay && e.Figures.Count > 0);
    }

    [Fact]
    public void ATollReportedTheNextDayStaysTheAttacks()
    {
        // the Thursday of the saying is not the deed's day, a day before: the count is that attack's
        var events = Extract("قصفت الطائرات الحربية بلدة كفرنبل أمس الأول. وقال المرصد أمس إن 8 مدنيين قتلوا.").Events;
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Time != null && e.Time.Begin == "2024-03-12" && e.Figures.Any(f => f.Value == 8));
    }

    [Fact]
    public void StrikesLaunchedAsAConsequenceAreAnotherAttack()
    {
        // "وأدى الهجوم إلى شن …": the chemical attack brought on the strikes; the strikers are the strikes' own
        var events = Extract("وتتهم المعارضة قوات النظام باستخدام غاز الكلور في هجوم على مدينة دوما في 3 آذار الجاري. وأدى الهجوم إلى شن بريطانيا وفرنسا ضربات على مواقع عسكرية في 9 آذار.").Events;
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Time != null && e.Time.Begin == "2024-03-09" && e.Actors.Contains("GBRMIL") && e.Actors.Contains("FRAMIL"));
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Time != null && e.Time.Begin == "2024-03-03" && e.Actors.Contains("SYRMIL") && !e.Actors.Contains("GBRMIL"));
    }

    [Fact]
    public void DeathsAShellingLedToAreItsOwn()
    {
        var events = Extract("قصفت الطائرات الحربية بلدة كفرنبل أمس، وأدى القصف إلى مقتل 5 مدنيين.").Events;
        Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Figures.Any(f => f.Value == 5));
    }

    [Theory]
    // the summit told as held is the one "the awaited summit" and the summit some called to cancel name: no second, planned or called off
    [InlineData("والتقى الرئيس الروسي نظيره الفرنسي في باريس أمس، واستمرت محادثات الرئيسين ثلاث ساعات. وقبل القمة المرتقبة، قال الرئيس الفرنسي إنه يأمل في علاقات أفضل.", "planned")]
    [InlineData("والتقى الرئيس الروسي نظيره الفرنسي في باريس أمس، واستمرت محادثات الرئيسين ثلاث ساعات. ودعا نواب فرنسيون إلى إلغاء القمة بعد اتهام موسكو بالتدخل في الانتخابات.", "negated")]
    public void TheHeldSummitIsTheOneAwaitedOrCalledOff(string text, string mode)
    {
        var events = Extract(text).Events;
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "actual" && e.Actors.Contains("RUSGOV") && e.Actors.Contains("FRAGOV"));
        Assert.DoesNotContain(events, e => e.Type == "CONSULT" && e.Mode == mode);
    }

    [Fact]
    public void TheNextSummitIsAnotherMeeting()
    {
        var events = Extract("واجتمع الرئيس الروسي ونظيره التركي في موسكو أمس. ومن المقرر أن تعقد القمة المقبلة بين روسيا وتركيا في أنقرة.").Events;
        Assert.Contains(events, e => e.Type == "CONSULT" && e.Mode == "planned");
    }

    [Theory]
    // "40 شخصا، 25 سوريا و15 أجنبيا": the nationalities break the 40 down, no more people; by group they are counted as breakdowns
    [InlineData("واعتقلت قوات الأمن 40 شخصا، 25 سوريا و15 أجنبيا في مدينة حلب أمس.", "arrested", 40, "all", new[] { 25, 15 })]
    public void CountsThatAddUpToTheTotalBreakItDown(string text, string role, int total, string group, int[] parts)
    {
        var figures = Extract(text).Events.SelectMany(e => e.Figures).ToList();
        Assert.Contains(figures, f => f.Role == role && f.Group == group && f.Value == total);
        foreach (var part in parts) Assert.DoesNotContain(figures, f => f.Value == part);
    }

    [Fact]
    public void AGroupBreakdownAfterACommaKeepsItsGroups()
    {
        var figures = Extract("وقتل 10 أشخاص، 6 مدنيين و4 عسكريين في قصف على بلدة كفرنبل أمس.").Events.SelectMany(e => e.Figures).ToList();
        Assert.Contains(figures, f => f.Role == "killed" && f.Group == "civilians" && f.Value == 6);
        Assert.Contains(figures, f => f.Role == "killed" && f.Group == "all" && f.Value == 10);
    }

    [Fact]
    public void AnUndatedAttackByAnotherStateIsNotTheDatedOne()
    {
        var events = Extract("وكان مطار المزة العسكري هدفا لهجوم أمريكي بصواريخ كروز في العام الماضي. وهاجمت إسرائيل مواقع للجيش السوري كثيرا خلال الحرب كما ضربت قوافل لفصائل تدعمها إيران.").Events;
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actors.Contains("USAMIL") && !e.Actors.Contains("ISRMIL"));
    }
}
