namespace Rasd.Tests.Entities;

/// <summary>
/// Syrian town and village names that are also common words ("دوما" always, "هجين" hybrid) or places abroad: bare in a report
/// with nothing Syrian (a district town after a preposition excepted: "في منبج"), written with nunation, or read through the
/// future marker, they name no place.
/// </summary>
public class CommonWordPlaceTests
{
    private static bool AnySyrianPlace(string text) =>
        EntityTestKit.Layer(text).Mentions.Any(m => m.Places.Any(p => p.StartsWith("SY", StringComparison.Ordinal)));

    [Theory]
    [InlineData("وتؤكد إيران دوما أن برنامجها النووي لأغراض سلمية، بحسب ما قال مسؤول في طهران.")]
    [InlineData("وأعلنت شركة تويوتا اليابانية طرح سيارة هجين جديدة في الأسواق الأوروبية.")]
    [InlineData("وتظاهر أنصار الرئيس المعزول في ميدان النهضة بالجيزة في مصر.")]
    [InlineData("وأفادت المصادر بأن الحوثيين استحدثوا نقاط تفتيش في الحسينية بمحافظة الحديدة في اليمن.")]
    public void A_bare_village_name_in_a_report_on_another_country_is_no_Syrian_place(string text) =>
        Assert.False(AnySyrianPlace(text));

    [Theory]
    [InlineData("وسجل الاقتصاد الصيني نموا بنسبة 6.7% على أساس سنوي في الربع الماضي.", "نوي")]
    [InlineData("وارتفع مؤشر أسعار المستهلكين في الولايات المتحدة 2.3% على أساس سنوي.", "نوي")]
    public void A_word_with_the_future_marker_is_no_name(string text, string notPlace) =>
        Assert.DoesNotContain(EntityTestKit.Layer(text).Mentions, m => m.Text == notPlace);

    [Fact]
    public void A_name_with_nunation_is_an_adverb() =>
        Assert.False(AnySyrianPlace("وقال المتحدث إن الحكومة السورية كانت دوماً مستعدة للحوار."));

    [Theory]
    [InlineData("قصفت قوات النظام السوري مدينة دوما في الغوطة الشرقية.", "SY03")]
    [InlineData("وقال المرصد السوري إن الطائرات الروسية قصفت دوما أمس.", "SY03")]
    [InlineData("قتل 5 مدنيين في غارات على هجين شرق دير الزور.", "SY09")]
    [InlineData("وهددت تركيا بشن عملية عسكرية جديدة في منبج.", "SY02")]
    [InlineData("وقال الرئيس التركي إن قواته ستواصل تقدمها نحو عفرين.", "SY02")]
    public void A_village_in_a_Syrian_report_stays_a_place(string text, string gov) =>
        Assert.Contains(EntityTestKit.Layer(text).Mentions, m => m.Places.Contains(gov));
}
