namespace Rasd.Tests.Events;

/// <summary>"واتُّهمت الميليشيا بقصف …", "ووصف الحزب بأنه …": the one name after an accusation or describing verb, with the charge right after it, is the accused, not the accuser.</summary>
public class ChargedObjectTests
{
    [Theory]
    [InlineData("وخلص تقرير اللجنة إلى نتائج عدة. واتهمت هيئة تحرير الشام كذلك بقصف أحياء سكنية في مدينة حلب.", "SYRREB")]
    [InlineData("واتهم الجيش التركي بتنفيذ ضربات على قرى كردية في ريف الحسكة.", "TURMIL")]
    // one described after "وصف" ("calling it"), with the description right after its name
    [InlineData("وقال وزير الخارجية التركي إن الوحدات الكردية تهدد الأمن. ووصف حزب العمال الكردستاني بأنه منظمة إرهابية.", "TURREB")]
    [InlineData("كما وصف ميليشيات الحوثي بأنها جماعة إرهابية نظرا لجرائمها ضد اليمنيين.", "YEMREB")]
    public void TheNameBeforeTheChargeIsTheAccused(string text, string accused)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Targets.Contains(accused) && !e.Actors.Contains(accused));
    }

    [Theory]
    [InlineData("واتهمت تركيا الولايات المتحدة بدعم وحدات حماية الشعب في شمال سوريا.", "TURGOV", "USAGOV")]
    [InlineData("اتهمت روسيا، الثلاثاء، الولايات المتحدة بعرقلة المفاوضات.", "RUSGOV", "USAGOV")]
    [InlineData("موسكو تعلق مشاركتها في المحادثات وتتهم واشنطن بعرقلة الحل", "RUSGOV", "USAGOV")]
    [InlineData("ووصفت الحكومة السورية الضربة الأمريكية بأنها عدوان سافر.", "SYRGOV", "USAGOV")]
    public void SubjectAndObjectKeepTheirRoles(string text, string accuser, string accused)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains(accuser) && e.Targets.Contains(accused));
    }
}
