namespace Rasd.Tests.Events;

/// <summary>
/// A trigger noun ending in hamza keeps its sense with a pronoun, where the hamza sits on a yaa ("لقاء" -> "لقائه",
/// "إجلاء" -> "إجلائهم"), and any noun with the dual pronoun ("اجتماعهما"); backing a side ("تساند", "ساندت") is support.
/// </summary>
public class TriggerFormTests
{
    [Theory]
    [InlineData("وقال وزير الخارجية الأردني بعد لقائه نظيره الروسي في موسكو إن الحل سياسي.", "CONSULT")]
    [InlineData("وأعلن الوزيران الفرنسي والألماني خلال اجتماعهما في برلين دعم المبادرة.", "CONSULT")]
    [InlineData("وبدأت الأمم المتحدة عملية إجلائهم من حي الوعر في حمص.", "RETREAT")]
    public void SuffixedTriggerKeepsItsSense(string text, string type)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("وتساند روسيا الحكومة السورية في حربها على الفصائل.", "RUSGOV", "SYRGOV")]
    [InlineData("وساندت تركيا فصائل المعارضة السورية منذ بداية الحرب.", "TURGOV", "SYRREB")]
    public void BackingIsSupport(string text, string giver, string receiver)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "SUPPORT" && e.Actors.Contains(giver) && e.Targets.Contains(receiver));
    }
}
