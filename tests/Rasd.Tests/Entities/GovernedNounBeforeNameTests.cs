namespace Rasd.Tests.Entities;

/// <summary>"رئيس الجمهورية ميشال عون": a definite word between a title and a first name is the noun the title governs, not part of the name.</summary>
public class GovernedNounBeforeNameTests
{
    [Theory]
    [InlineData("وقال رئيس البلدية يوسف الخطيب إن الطريق مقطوع", "يوسف الخطيب")]
    [InlineData("وقال زعيم الحزب عبد الكريم الزعبي إن الانتخابات ستجري", "عبد الكريم الزعبي")]
    [InlineData("وصرح العميد المتقاعد أحمد السالم بأن الهجوم متوقع", "أحمد السالم")]
    public void The_name_begins_at_the_first_name(string sentence, string name) =>
        Assert.Equal([name], EntityTestKit.People(sentence));

    [Theory]
    // after two name words, a particle or a noun behind a preposition begins what the sentence says next
    [InlineData("وقال الوزير يوسف الخطيب للصحفيين إن الطريق مقطوع", "يوسف الخطيب")]
    [InlineData("وأكد الرئيس كريم ناصيف بالقول إن الاتفاق صامد", "كريم ناصيف")]
    public void A_titled_name_ends_before_a_prefixed_word(string sentence, string name) =>
        Assert.Equal([name], EntityTestKit.People(sentence));

    [Fact]
    public void A_title_and_a_definite_word_at_the_end_of_the_text_name_nobody() =>
        Assert.Empty(EntityTestKit.People("ونفذ الركلة قائد الفريق"));
}
