using Rasd.Documents;
using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Tests.Entities;

namespace Rasd.Tests.Events;

/// <summary>Round BB's rows: a joined verb of saying goes on with the sentence's subject, building or reinforcing is a build-up only with a military base or forces after it, a weekday keeps its own reading when the date after it falls on another day, and new names.</summary>
public class BlindBBRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string sentence) =>
        Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // building and strengthening that are no troops or bases
    [InlineData("وتعمل الحكومتان على تعزيز التعاون الاقتصادي وبناء الثقة بين البلدين.")]
    [InlineData("وبنت الوزارة مدرسة جديدة في مدينة حلب.")]
    [InlineData("وتسعى المنظمة إلى بناء قاعدة بيانات عن المفقودين في سوريا.")]
    // rebuilding what was named before: the pronoun is no base
    [InlineData("ودمر القصف المستشفى في مدينة حلب قبل أن تبدأ إعادة بنائه.")]
    public void BuildingIsNoBuildUp(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "MOBILIZE");

    [Fact]
    public void ReportedClauseKeepsItsOwnSubject() =>
        // past "إن" the joined verb goes on with the reported clause's subject, not with the monitor that reports it
        Assert.DoesNotContain(Extract("قال المرصد إن قوات النظام قصفت البلدة وتهدد باقتحامها.").Events,
            e => e.Type == "THREATEN" && e.Actors.Contains("SYRNGO"));

    [Fact]
    public void WeekdayOfAnotherDayStaysApart()
    {
        // 8 November 2021 is a Monday: "الأحد" and the date are two expressions
        var found = new Rasd.Time.TimexRecognizer().Recognize("وصل الوفد الأحد 8 تشرين الثاني إلى جنيف", new DateOnly(2021, 11, 10));
        Assert.Equal(2, found.Count);
    }

    [Theory]
    [InlineData("وطالبت منظمة مراسلون بلا حدود بالإفراج عن الصحافي", "منظمة مراسلون بلا حدود", "NGO")]
    [InlineData("وقال قائد القيادة المركزية الأمريكية إن العمليات مستمرة", "القيادة المركزية الأمريكية", "USAMIL")]
    [InlineData("وأعلنت القيادة الوسطى (سنتكوم) مقتل القيادي", "سنتكوم", "USAMIL")]
    [InlineData("وعقد وزراء دفاع التحالف الإسلامي العسكري لمحاربة الإرهاب اجتماعا في الرياض", "التحالف الإسلامي العسكري لمحاربة الإرهاب", "SAUMIL")]
    public void BodiesAreOrganisations(string sentence, string name, string actor)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(actor, m.Actor);
    }

    [Theory]
    [InlineData("ووقع الحادث في مدينة يكاترينبورغ الروسية", "يكاترينبورغ")]
    [InlineData("وتقدمت القوات على الضفة الشرقية من نهر الفرات", "نهر الفرات")]
    public void PlacesAreLocations(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
    }
}
