namespace Rasd.Tests.Events;

/// <summary>A court's death sentence kills no one: no attack and no killed figure, unless the sentence was carried out.</summary>
public class PunishmentTests
{
    [Theory]
    [InlineData("أصدرت محكمة في بغداد حكما بالإعدام على ثلاثة رجال بتهمة التهريب.")]
    [InlineData("وقضت محكمة الجنايات أمس بإعدام 4 متهمين في قضية تهريب أسلحة.")]
    [InlineData("وحكمت المحكمة غيابيا على المتهم بالإعدام شنقا.")]
    [InlineData("ويواجه الرجلان عقوبة الإعدام إذا ثبتت التهم عليهما.")]
    public void ASentenceIsNoKilling(string text)
    {
        var record = EventTexts.Extract(text, "sentence");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed");
    }

    [Theory]
    [InlineData("ونفذ التنظيم حكم الإعدام بحق خمسة شبان في ساحة البلدة بريف دير الزور.")]
    [InlineData("ونفذت الفصائل المتشددة في ريف حلب حكم الإعدام بحق ثلاثة أسرى.")]
    public void ASentenceCarriedOutIsAKilling(string text)
    {
        var record = EventTexts.Extract(text, "executed");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }
}
