namespace Rasd.Tests.Events;

/// <summary>Praise is support ("أشاد"), and shooting down an aircraft is an attack, while toppling a regime or dropping charges is none.</summary>
public class PraiseAndDowningTests
{
    [Theory]
    [InlineData("أشاد وزير الخارجية الأردني بالتزام الأطراف بالهدنة في الجنوب السوري.", "JORGOV")]
    [InlineData("وأشادت الحكومة التركية بالدور الذي تلعبه قوات المعارضة في مكافحة الإرهاب.", "TURGOV")]
    [InlineData("ويشيد الرئيس الفرنسي بشجاعة فرق الإنقاذ في الشمال السوري.", "FRAGOV")]
    public void PraiseIsSupport(string text, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "SUPPORT" && e.Mode == "actual" && e.Actors.Contains(actor));
    }

    [Theory]
    [InlineData("أسقطت فصائل المعارضة طائرة حربية للنظام فوق ريف حماة الشمالي.", "SY05")]
    [InlineData("وأعلن الجيش التركي إسقاط طائرة مسيرة قرب الحدود في ريف إدلب.", "SY07")]
    public void DowningAnAircraftIsAnAttack(string text, string place)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual" && e.Places.Contains(place));
    }

    [Theory]
    [InlineData("هتف المتظاهرون في ساحة البلدة مطالبين بإسقاط النظام.")]
    [InlineData("وقررت المحكمة إسقاط التهم عن الصحفي بعد ثلاثة أشهر من التوقيف.")]
    [InlineData("وأسقط البرلمان مشروع القانون في جلسة صاخبة.")]
    [InlineData("وقالت الوزارة إن المنظومة مصممة لإسقاط الطائرات المسيرة على ارتفاعات منخفضة.")]
    public void OtherDowningsAreNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }
}
