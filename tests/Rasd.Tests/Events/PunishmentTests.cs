namespace Rasd.Tests.Events;

/// <summary>A court's death sentence kills no one (no attack, no killed figure) unless it was carried out, and a conviction is no condemnation.</summary>
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

    // a conviction for a crime is no condemnation; condemning an attack still is
    [Theory]
    [InlineData("وقضت المحكمة بسجن الرجل خمس سنوات بعد إدانته بالانتماء إلى تنظيم مسلح.")]
    [InlineData("وأفرجت السلطات عن الصحفيتين رغم إدانتهما بدخول البلاد بطريقة غير قانونية.")]
    // a court as the subject, a charge or crime past a long object, a jury, a conviction in a killing or a case
    [InlineData("ودانت المحكمة الشاب البالغ من العمر عشرين عاما بالتخطيط لتفجير في مدينة ليون.")]
    [InlineData("وانتهت محكمة ألمانية إلى إدانة لاجئ يبلغ من العمر 25 عاما بالتورط في هجوم على مطعم في برلين.")]
    [InlineData("وأدانت المحكمة العسكرية في القاهرة ضابطا سابقا وثلاثة من رفاقه بتهمة التخطيط لاغتيال مسؤولين.")]
    [InlineData("وقضت المحكمة بسجنهم عشر سنوات بعد إدانتهم في قتل شرطي في مدينة الإسكندرية.")]
    [InlineData("وانتهت المحاكمة في باريس بإدانة المتهمة بعد يومين من مداولات هيئة المحلفين.")]
    public void AConvictionIsNoCondemnation(string text)
    {
        var record = EventTexts.Extract(text, "conviction");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    // a court's conviction is a coercion by the state that convicts
    [Theory]
    [InlineData("ودانت محكمة هولندية الثلاثاء رجلا سوريا بالانتماء إلى جماعة مسلحة.")]
    [InlineData("وأدانت المحكمة الجنائية في بغداد امرأة تركية بتهمة دعم تنظيم إرهابي.")]
    public void AConvictionIsACoercion(string text) =>
        Assert.Contains(EventTexts.Extract(text, "conviction").Events, e => e.Type == "COERCE");

    [Theory]
    [InlineData("وأعرب الوزير عن إدانته للقصف الذي استهدف سوقا شعبيا في مدينة إدلب.")]
    [InlineData("أدانت وزارة الخارجية التركية الهجوم الذي استهدف بلدة عفرين في ريف حلب، ووصفته بالجريمة.")]
    public void CondemningAnAttackIsAnAccusation(string text)
    {
        var record = EventTexts.Extract(text, "condemn");
        Assert.Contains(record.Events, e => e.Type == "ACCUSE");
    }
}
