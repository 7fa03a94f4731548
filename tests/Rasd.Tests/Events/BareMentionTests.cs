namespace Rasd.Tests.Events;

/// <summary>An event word with nobody, nowhere, no number and no day of its own is no codable event; one with any of them stays.</summary>
public class BareMentionTests
{
    [Theory]
    [InlineData("وبانتظار مزيد من الدعم تبقى أزمة اللاجئين على حالها في ظل صعوبة العودة.", "SUPPORT")]
    [InlineData("ويعي المسؤولون أن طبيعة التهديدات الحالية تجعل الوقاية صعبة.", "THREATEN")]
    [InlineData("وأشار إلى أنه اقترح إضافة تعديلات على الاتفاق تتعلق بالجدول الزمني.", "AGREE")]
    public void AnEventWordWithNothingOfItsOwnIsNoEvent(string text, string type)
    {
        var record = EventTexts.Extract(text, "bare");
        Assert.DoesNotContain(record.Events, e => e.Type == type);
    }

    [Theory]
    [InlineData("واستؤنفت المفاوضات صباح الثلاثاء بعد توقف دام أسبوعا.", "CONSULT")]
    [InlineData("وقصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب.", "ASSAULT")]
    [InlineData("وقتل خمسة أشخاص في انفجار هز السوق.", "ASSAULT")]
    [InlineData("ودعت فرنسا إلى وقف القتال.", "REQUEST")]
    public void AnEventWithAPartyPlaceFigureOrDayStays(string text, string type)
    {
        var record = EventTexts.Extract(text, "kept");
        Assert.Contains(record.Events, e => e.Type == type);
    }
}
