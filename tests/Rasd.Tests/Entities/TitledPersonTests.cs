using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>People found after a title: what ends or replaces the name, and which words are never names.</summary>
public class TitledPersonTests
{
    private static List<string> People(string sentence) =>
        [.. EntityTestKit.Layer(sentence).Mentions.Where(m => m.Type == EntityType.Per).Select(m => m.Text)];

    [Theory]
    [InlineData("وتحدث الوزير الأمريكي أمام المجلس الوطني للشؤون الخارجية مساء أمس")]
    [InlineData("ونقلت الصحيفة عن المتحدث باسم البلدية قوله إن الطريق مغلق")]
    [InlineData("وقال رئيس الوزراء المكلف بتشكيل الحكومة الجديدة إنه متفائل")]
    [InlineData("وقال النائب إن المنصب حق للرئيس وليس هبة للأحزاب")]
    [InlineData("التقى الرئيس عند وصوله الوفد الزائر")]
    public void A_preposition_negation_or_verbal_noun_after_a_title_is_no_name(string sentence) =>
        Assert.Empty(People(sentence));

    [Fact]
    public void A_participle_qualifying_the_title_is_skipped_before_the_name() =>
        Assert.Equal(["نجيب العلي"], People("وقال رئيس الوزراء المكلف نجيب العلي إن الحكومة قريبة"));
}
