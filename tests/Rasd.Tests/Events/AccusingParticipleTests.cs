namespace Rasd.Tests.Events;

/// <summary>"…، متهما إسرائيل بقصف المنطقة": an accusation told by a circumstantial participle is the sentence subject's; "متهم بـ" and counted defendants are none.</summary>
public class AccusingParticipleTests
{
    [Theory]
    [InlineData("وقالت وزارة الخارجية الصينية إنها سترد على الخطوة، متهمة واشنطن بإطلاق حرب تجارية.", "CHNGOV", "USAGOV")]
    [InlineData("ونقلت وسائل الإعلام الرسمية عن الجيش السوري قوله إن صواريخ سقطت قرب المطار، متهما إسرائيل بقصف المنطقة.", "SYRMIL", "ISR")]
    [InlineData("وهاجم الرئيس التركي المعارضة متهما إياها بدعم الانقلاب.", "TURGOV", null)]
    public void The_participle_is_an_accusation_by_the_subject(string text, string actor, string? target)
    {
        var accusation = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ACCUSE");
        Assert.Contains(actor, accusation.Actors);
        if (target is not null) Assert.Contains(accusation.Targets, t => t.StartsWith(target, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأحالت النيابة العامة خمسة متهمين إلى المحكمة الجنائية في القاهرة.")]
    [InlineData("وكان الرجل متهما بمساعدة جماعة مسلحة في العاصمة.")]
    [InlineData("وكانت المرأة، متهمة بالتخابر مع جهة أجنبية، قد اعتقلت في المطار.")]
    public void Defendants_and_the_accused_are_no_accusation(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "ACCUSE");
}
