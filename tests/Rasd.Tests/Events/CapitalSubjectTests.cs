namespace Rasd.Tests.Events;

/// <summary>A capital put before a statement's verb, as headlines do or after "إن", is its government speaking, not the place of the statement.</summary>
public class CapitalSubjectTests
{
    [Theory]
    [InlineData("طهران ترفض أي تعديل على الاتفاق النووي", "REJECT", "IRNGOV")]
    [InlineData("أنقرة تطالب واشنطن بوقف تسليح الوحدات الكردية في منبج", "REQUEST", "TURGOV")]
    [InlineData("دمشق تدين الغارات الإسرائيلية على ريف حماة", "ACCUSE", "SYRGOV")]
    [InlineData("وقال المتحدث إن دمشق ترفض أي وجود عسكري تركي على أراضيها.", "REJECT", "SYRGOV")]
    public void The_capital_before_the_verb_speaks(string text, string type, string speaker)
    {
        var statement = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == type);
        Assert.Contains(speaker, statement.Actors);
    }

    [Fact]
    public void A_capital_opening_a_sentence_on_another_verb_is_a_place()
    {
        var attack = Assert.Single(EventTexts.Extract("دمشق تشهد اشتباكات عنيفة في حي جوبر.").Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("SYRGOV", attack.Actors);
    }
}
