using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round Z's rows: cells dismantled or seized are arrests of the side they belong to, forces on alert are a mobilisation, air cover named by a nationality adds that state's forces, a state cooperated with takes part, a date does not push a capture's object out of reach, a hedged retelling of a done strike is that strike, a refused entry falls on the refugees, a cell's members are arrested.</summary>
public class BlindZRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string sentence) =>
        Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // dismantling or seizing a cell or a network is an arrest; the side it belongs to is the one acted upon
    [InlineData("ضبطت الأجهزة الأمنية الأردنية شبكة تنتمي إلى تنظيم داعش في مدينة الزرقاء.", "JORGOV")]
    [InlineData("فككت الشرطة التونسية خلية موالية لتنظيم داعش في مدينة صفاقس.", "TUNGOV")]
    public void CellSeizedIsAnArrestOfItsSide(string sentence, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "COERCE" && e.Actors.Contains(actor) && e.Targets.Contains("SYRREB"));

    [Theory]
    // defusing a bomb and self-restraint are no arrest
    [InlineData("تمكن الخبراء من تفكيك عبوة ناسفة زرعت قرب الجسر.")]
    [InlineData("دعا الوزير الطرفين إلى ضبط النفس.")]
    public void NoArrest(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "COERCE");

    [Fact]
    public void OutletLoyalToASideIsNotArrested()
    {
        // media loyal to the government report the arrest: the government is no one arrested
        var record = Extract("نقلت وسائل إعلام موالية للحكومة أن الشرطة التونسية اعتقلت ثلاثة أشخاص في صفاقس.");
        Assert.Contains(record.Events, e => e.Type == "COERCE" && e.Actors.Contains("TUNGOV") && !e.Targets.Contains("TUNGOV"));
    }

    [Theory]
    [InlineData("وضع الجيش التركي قواته على الحدود في حالة تأهب قصوى.", "TURMIL")]
    [InlineData("أعلنت وزارة الدفاع اللبنانية حالة الاستنفار في صفوف وحداتها.", "LBNMIL")]
    public void AlertIsAMobilisation(string sentence, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "MOBILIZE" && e.Actors.Contains(actor));

    [Fact]
    public void AirCoverAddsItsForces() =>
        Assert.Contains(Extract("شنت قوات النظام هجوما على بلدة اللطامنة بغطاء جوي روسي.").Events,
            e => e.Type == "ASSAULT" && e.Actors.Contains("SYRMIL") && e.Actors.Contains("RUSMIL"));

    [Theory]
    // the state an arrest or a strike is carried out in cooperation with does it too; it is never the one arrested
    [InlineData("اعتقلت الشرطة الفرنسية ثلاثة أشخاص بالتعاون مع بلجيكا.", "COERCE", "BELGOV")]
    [InlineData("نفذت القوات العراقية عملية عسكرية ضد داعش بالتعاون مع الأردن.", "ASSAULT", "JORMIL")]
    public void CooperatingStateIsADoer(string sentence, string type, string actor) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == type && e.Actors.Contains(actor) && !e.Targets.Contains(actor.Replace("MIL", "GOV")));

    [Theory]
    // a date between the subject and "على" leaves the capture's object within reach
    [InlineData("وسيطرت الفصائل في العام 2015 على مدينة جسر الشغور.")]
    [InlineData("وسيطر الجيش يوم الأحد الماضي على بلدة كفرنبودة.")]
    // (the slash inside "آذار/مارس" belongs to the date)
    [InlineData("وسيطرت الفصائل في آذار/مارس 2015 على مدينة إدلب.")]
    public void CaptureWithADateBeforeItsObject(string sentence) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "ASSAULT");

    [Fact]
    public void HedgedRetellingOfADoneStrikeIsThatStrike()
    {
        // the spokesman's "ربما تكون قد نفذت" on the same day and town is the strike already told, not a second, possible one
        var record = Extract("قال مسؤولون محليون إن غارة جوية للتحالف قتلت 12 شخصا في بلدة هجين بريف دير الزور أمس الأربعاء. "
            + "وقال متحدث باسم التحالف إن طائرات التحالف ربما تكون قد نفذت غارات في بلدة هجين أمس الأربعاء.");
        Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual");
    }

    [Theory]
    // a refusal to let refugees in or through falls on them
    [InlineData("ورفضت السلطات اللبنانية استقبال اللاجئين السوريين.")]
    [InlineData("وأكد الوزير رفض الحكومة دخول لاجئين سوريين إلى أراضيها.")]
    public void RefusedEntryFallsOnTheRefugees(string sentence) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "REJECT" && e.Targets.Contains("SYRCVL"));

    [Theory]
    // those a dismantled or seized cell holds are arrested; suspects are counted people
    [InlineData("ضبطت الأجهزة الأمنية الأردنية شبكة إرهابية تضم خمسة متهمين.", 5)]
    [InlineData("فككت الشرطة التونسية خلية إرهابية تتكون من ستة أشخاص.", 6)]
    public void CellMembersAreArrested(string sentence, int count) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "COERCE" && e.Figures.Any(f => f.Role == "arrested" && f.Value == count));
}
