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

    [Theory]
    [InlineData("ويزور رئيس الوزراء الإسرائيلي بريطانيا، ضمن جولة أوروبية", "بريطانيا")]
    [InlineData("وصل وزير الخارجية التركي فرنسا أمس", "فرنسا")]
    public void A_country_right_after_the_title_nationality_is_its_object(string sentence, string country)
    {
        var m = EntityTestKit.Find(sentence, country);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
    }

    [Theory]
    [InlineData("وقال سفير روسيا لدى تركيا أندريه كارلوف إن", "أندريه كارلوف")]
    [InlineData("وقال السفير المصري بألمانيا خالد جلال إن العلاقات جيدة", "خالد جلال")]
    public void A_country_with_a_preposition_still_belongs_to_the_title(string sentence, string person) =>
        Assert.Equal([person], People(sentence));
}
