namespace Rasd.Tests.Events;

/// <summary>A trigger word's other sense is no event ("البحث عن ناجين"), and a definite attack refers back to the one already told of.</summary>
public class TriggerSenseTests
{
    [Theory]
    [InlineData("تواصل فرق الدفاع المدني البحث عن ناجين تحت الأنقاض في مدينة جسر الشغور.")]
    [InlineData("خرج الأهالي بحثا عن الماء في أطراف البلدة.")]
    public void SearchingIsNoTalks(string text)
    {
        var record = EventTexts.Extract(text, "search");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    [Theory]
    [InlineData("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران في أيار الماضي.")]
    [InlineData("وهددت موسكو بالانسحاب من المعاهدة إذا لم تتراجع واشنطن.")]
    public void LeavingADealIsNoWithdrawal(string text)
    {
        var record = EventTexts.Extract(text, "deal");
        Assert.DoesNotContain(record.Events, e => e.Type == "RETREAT");
    }

    [Theory]
    [InlineData("ودعت الدول الأعضاء في اتفاقية حظر الأسلحة الكيميائية إلى اجتماع طارئ في لاهاي.")]
    [InlineData("وقالت منظمة حظر الأسلحة الكيمياوية إن مفتشيها وصلوا إلى دمشق.")]
    [InlineData("وتحدث الوزير عن معاهدة حظر انتشار الأسلحة النووية.")]
    public void AWeaponsBanTreatyIsNoCoercion(string text)
    {
        var record = EventTexts.Extract(text, "treaty");
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }

    [Theory]
    [InlineData("وأكد الوزير أن بلاده ستعمل على منع التوسع الإيراني في المنطقة.")]
    [InlineData("وتهدف الخطة لمنع انهيار الاتفاق في الجنوب السوري.")]
    public void PreventingIsNoCoercion(string text)
    {
        var record = EventTexts.Extract(text, "prevent");
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void BlockingEntryIsCoercion()
    {
        var record = EventTexts.Extract("ومنعت السلطات التركية دخول الصحفيين إلى مدينة عفرين.", "block");
        Assert.Contains(record.Events, e => e.Type == "COERCE");
    }

    [Theory]
    [InlineData("وقدمت الجامعة منحة دراسية لطالب سوري من مدينة حلب.")]
    [InlineData("وتسمح الجامعة لطلبتها بالدراسة عبر الإنترنت.")]
    public void AStudentIsNoDemand(string text)
    {
        var record = EventTexts.Extract(text, "student");
        Assert.DoesNotContain(record.Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void DiscussingIsTalks()
    {
        var record = EventTexts.Extract("بحث وزير الخارجية التركي مع نظيره الروسي الوضع في إدلب.", "talks");
        Assert.Contains(record.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void DefiniteExplosionIsTheOneToldOf()
    {
        const string text = "انفجرت سيارة مفخخة في مدينة أعزاز أمس الأربعاء. وقال الدفاع المدني في بيان نشره صباح اليوم إن 5 أشخاص قتلوا في الانفجار.";
        var record = EventTexts.Extract(text, "anaphora");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Single(attacks);
        Assert.Contains(attacks[0].Figures, f => f.Role == "killed" && f.Value == 5);
    }
}
