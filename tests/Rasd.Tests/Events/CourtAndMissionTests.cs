namespace Rasd.Tests.Events;

/// <summary>A court's hearing, a prison sentence and a clinic's patients are no meeting or sanction; closing a consulate, embassy or office is a sanction.</summary>
public class CourtAndMissionTests
{
    [Theory]
    [InlineData("وأرجأ القاضي النظر في القضية وأبقى المتهم موقوفا حتى الجلسة المقبلة في العاشر من الشهر القادم.", "CONSULT")]
    [InlineData("وحضر محامو الدفاع جلسة المحاكمة في أنقرة أمس.", "CONSULT")]
    [InlineData("ومن المنتظر أن تعقد جلسة ثانية في أيلول المقبل أمام المحكمة العليا.", "CONSULT")]
    [InlineData("وعقدت جلسة الاستماع الأولى للمتهمين الثلاثة في لاهاي.", "CONSULT")]
    [InlineData("وأقرت الحكومة الأردنية قانونا ينص على عقوبات بالسجن تصل إلى عشر سنوات للمهربين.", "SANCTION")]
    [InlineData("واستقبلت العيادة السعودية 300 حالة من النازحين السوريين في المخيم.", "CONSULT")]
    public void CourtsAndClinicsAreNoMeetingsOrSanctions(string text, string type) =>
        Assert.DoesNotContain(EventTexts.Extract(text, "court").Events, e => e.Type == type);

    [Theory]
    [InlineData("وعقد مجلس الأمن جلسة طارئة لبحث الوضع في إدلب.", "CONSULT")]
    [InlineData("واستقبل الرئيس اللبناني وزير الخارجية الإيراني في بيروت.", "CONSULT")]
    [InlineData("وفرضت واشنطن عقوبات جديدة على شركات روسية.", "SANCTION")]
    [InlineData("وأغلقت السلطات التركية الحدود مع سوريا أمام الشاحنات.", "COERCE")]
    public void MeetingsAndSanctionsStay(string text, string type) =>
        Assert.Contains(EventTexts.Extract(text, "court-kept").Events, e => e.Type == type);

    [Theory]
    [InlineData("وأغلقت موسكو القنصلية البريطانية في المدينة ردا على طرد دبلوماسييها.", "RUSGOV")]
    [InlineData("وأعلنت الحكومة الإيطالية إغلاق سفارتها في العاصمة الليبية.", "ITAGOV")]
    public void ClosingAMissionIsASanction(string text, string actor)
    {
        var record = EventTexts.Extract(text, "mission");
        Assert.Contains(record.Events, e => e.Type == "SANCTION" && e.Actors.Contains(actor));
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }
}
