namespace Rasd.Tests.Events;

/// <summary>
/// A threat someone sees or deems something to be ("ترى الحكومة في تمدد التنظيم تهديدا") and what a situation risks ("الأمر
/// الذي يهدد بتفاقم الأزمة") are dangers judged, not threats anyone makes; a habit told in one
/// clause ("يتكرر أحيانا") does not make a deal told after a comma a habit.
/// </summary>
public class PerceivedThreatTests
{
    [Theory]
    [InlineData("وترى الحكومة الأردنية في تمدد الجماعات المسلحة قرب حدودها تهديدا مباشرا.")]
    [InlineData("وتعتبره الحكومة التركية تهديدا على امتداد حدودها الجنوبية.")]
    [InlineData("وأغلقت السلطات المعابر مع لبنان، الأمر الذي يهدد بتفاقم الأزمة الإنسانية.")]
    public void JudgedDangerIsNoThreat(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "THREATEN");
    }

    [Theory]
    [InlineData("وهدد وزير الدفاع التركي الوحدات الكردية بعملية عسكرية جديدة.")]
    [InlineData("ووجهت إيران تهديدا مباشرا إلى إسرائيل يوم الثلاثاء.")]
    public void ThreatMadeIsAThreat(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void HabitOfAnEarlierClauseLeavesTheDeal()
    {
        var record = EventTexts.Extract("وتتجدد الاشتباكات أحيانا في ريف حلب، وسط أنباء عن أن تركيا توصلت إلى اتفاق مع روسيا حول المنطقة.");
        Assert.Contains(record.Events, e => e.Type == "AGREE" && e.Actors.Contains("TURGOV") && e.Actors.Contains("RUSGOV"));
    }
}
