namespace Rasd.Tests.Events;

/// <summary>"واتُّهمت الميليشيا بقصف …": the one name after an accusation verb, with the charge right after it, is the accused, not the accuser.</summary>
public class ChargedObjectTests
{
    [Theory]
    [InlineData("وخلص تقرير اللجنة إلى نتائج عدة. واتهمت هيئة تحرير الشام كذلك بقصف أحياء سكنية في مدينة حلب.", "SYRREB")]
    [InlineData("واتهم الجيش التركي بتنفيذ ضربات على قرى كردية في ريف الحسكة.", "TURMIL")]
    public void TheNameBeforeTheChargeIsTheAccused(string text, string accused)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Targets.Contains(accused) && !e.Actors.Contains(accused));
    }

    [Theory]
    [InlineData("واتهمت تركيا الولايات المتحدة بدعم وحدات حماية الشعب في شمال سوريا.", "TURGOV", "USAGOV")]
    [InlineData("اتهمت روسيا، الثلاثاء، الولايات المتحدة بعرقلة المفاوضات.", "RUSGOV", "USAGOV")]
    [InlineData("موسكو تعلق مشاركتها في المحادثات وتتهم واشنطن بعرقلة الحل", "RUSGOV", "USAGOV")]
    public void SubjectAndObjectKeepTheirRoles(string text, string accuser, string accused)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ACCUSE" && e.Actors.Contains(accuser) && e.Targets.Contains(accused));
    }
}
