namespace Rasd.Tests.Events;

/// <summary>
/// Firing rockets, shells or shots at someone ("أطلقت الجماعة صواريخ على …", "إطلاق النار على دورية") is an attack; "أطلق"
/// without what is fired ("أطلقت الوزارة حملة", "إطلاق سراح"), the adverb "إطلاقا", "على الإطلاق", launchers and the rest
/// of a ceasefire ("وقفا دائما لإطلاق نار") are not.
/// </summary>
public class FiringTests
{
    [Theory]
    [InlineData("وأطلقت الميليشيا صواريخ على مواقع للجيش اللبناني قرب الحدود.")]
    [InlineData("وأطلق مسلحون النار على دورية للشرطة في مدينة درعا صباح الأربعاء.")]
    [InlineData("وقالت الشرطة إن إطلاق قذائف على البلدة أوقع جرحى بين السكان.")]
    [InlineData("وتطلق الفصائل قذائف الهاون على الأحياء الغربية منذ أيام.")]
    public void FiringIsAnAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("وأطلقت وزارة الصحة حملة تلقيح في مدينة حمص يوم الأحد.")]
    [InlineData("وأعلنت الحكومة إطلاق سراح 40 معتقلا من سجن في حماة.")]
    [InlineData("وقال وزير الخارجية السوري إن دمشق لن تتنازل عن الجولان إطلاقا.")]
    [InlineData("وقال الوزير التركي إن الجيش لن يغادر مدينة عفرين على الإطلاق.")]
    [InlineData("وطالبت فرنسا بوقف دائم وشامل لإطلاق نار في محافظة إدلب.")]
    [InlineData("ودعت ألمانيا إلى وقف إطلاق نار في مدينة حلب.")]
    [InlineData("وعثرت الشرطة الأردنية على منصات إطلاق صواريخ في مزرعة قرب مدينة إربد.")]
    public void LaunchingOtherThingsIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }
}
