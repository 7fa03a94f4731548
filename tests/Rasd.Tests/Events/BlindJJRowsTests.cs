using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round JJ's rows: the Syrian president by his family name alone once named in full; ground regained with the subject between, and ground seized; a headline's event dated from the body's lead; listing as a sanction; Lebanon's parties.</summary>
public class BlindJJRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // once "بشار الأسد" is named, the family name alone is him: he threatens, the one after him is threatened
    [InlineData("أشاد الرئيس السوري بشار الأسد بأداء الجيش أمس. وهدد الأسد الفصائل المسلحة بالحسم العسكري إن لم تسلم سلاحها.", "THREATEN")]
    [InlineData("استقبل الرئيس السوري بشار الأسد وفدا برلمانيا روسيا في دمشق. ونفى الأسد خلال اللقاء استخدام قواته أسلحة كيماوية.", "REJECT")]
    public void FamilyNameAloneIsThePresident(string text, string type) =>
        Assert.Contains(Extract(text).Events, e => e.Type == type && e.Actors.Contains("SYRGOV") && !e.Actors.Contains("SYRREB"));

    [Theory]
    // "استعاد X السيطرة على": the subject (and a day) between the verb and "السيطرة" still make a capture
    [InlineData("واستعادت قوات النظام أمس السيطرة على بلدة في ريف حماة الشمالي.", "SYRMIL", "SY05")]
    [InlineData("واستعاد مقاتلو المعارضة السيطرة على قريتين في ريف إدلب الجنوبي.", "SYRREB", "SY07")]
    public void RegainedControlWithTheSubjectBetween(string sentence, string actor, string place) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT" && e.Mode == "actual" && e.Actors.Contains(actor) && e.Places.Contains(place));

    [Fact]
    public void SeizedGroundIsACaptureSeizedFundsAreNot()
    {
        var events = Extract("واستولت الفصائل المسلحة على بلدة في ريف درعا الشرقي. وكان عناصر التنظيم قد استولوا على أموال المصرف في مدينة الموصل.").Events;
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actors.Contains("SYRREB") && e.Places.Contains("SY12"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Places.Contains("IRQ"));
    }

    [Fact]
    public void CaptureInsideTheCampaignIsTheCampaign()
    {
        // a town taken within the weeks of the same forces' shelling there is the campaign's outcome, not a second attack
        var events = Extract("وتشن قوات النظام منذ 18 شباط الماضي حملة قصف عنيفة على بلدات الغوطة الشرقية. وسيطرت قوات النظام على بلدة مسرابة.").Events;
        Assert.Single(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void HeadlineSetsNoDayForTheBodyToInherit()
    {
        // the threat is told in the headline and in the body's second sentence: it takes the lead's Wednesday, not the report's day
        var events = Extract("الرئيس يدعو اللاجئين إلى العودة ويهدد بتصفية \"الخوذ البيضاء\"\n\nقال الرئيس السوري بشار الأسد في مقابلة نشرت الأربعاء إن الأولوية هي إدلب. وهدد الأسد عناصر \"الخوذ البيضاء\" بالتصفية إن لم يلقوا أسلحتهم.").Events;
        Assert.Contains(events, e => e.Type == "THREATEN" && e.Time != null && e.Time.Begin == "2024-03-13" && e.Time.End == "2024-03-13");
    }

    [Theory]
    // putting a group on a terrorism list is a sanction by the one who lists it
    [InlineData("وأدرجت الحكومة البريطانية الحركة على قائمة المنظمات الإرهابية الأسبوع الماضي.", "GBRGOV")]
    [InlineData("والحركة جماعة مسلحة ووضعتها الولايات المتحدة على قائمة الجماعات الإرهابية.", "USAGOV")]
    public void ListingAsTerroristIsASanction(string sentence, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "SANCTION" && e.Actors.Contains(actor));

    [Theory]
    // Lebanon's parties by their names (the "القوات اللبنانية" alone may be the country's forces: only with "حزب")
    [InlineData("وحصل الحزب التقدمي الاشتراكي على سبعة مقاعد في الانتخابات.", "الحزب التقدمي الاشتراكي")]
    [InlineData("وأعلن حزب الكتائب مقاطعة الجلسة.", "حزب الكتائب")]
    [InlineData("ورشح تيار المردة ثلاثة من أعضائه.", "تيار المردة")]
    [InlineData("وانتقد حزب القوات اللبنانية قرار الحكومة.", "حزب القوات اللبنانية")]
    public void LebanesePartiesAreOrganisations(string sentence, string name) =>
        Assert.Contains(Extract(sentence).Entities, e => e.Text == name && e.Type == "ORG");
}
