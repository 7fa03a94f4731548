using Rasd.Entities;
using Rasd.Tests.Entities;

namespace Rasd.Tests.Geo;

/// <summary>
/// The villages, hills and camps scripts/gen-gazetteer.py keeps because war news of any shared corpus places them in their
/// governorate ("قرية البحصة … في ريف حماة", "كفر ناسج بريف درعا"), and the names it keeps out or marks cue=1 because they
/// are words or people ("جوزف عون", "محطة الخالدية بالرياض"); and a known village placed in another governorate's town.
/// </summary>
public class GazetteerSelectionTests
{
    [Theory]
    [InlineData("وسيطرت فصائل المعارضة على تلة جورة الماء في جبل التركمان بريف اللاذقية.", "جورة الماء", "C3504", "SY06")]
    [InlineData("واستهدفت الفصائل مواقع قوات النظام في معسكر جورين بسهل الغاب.", "جورين", "C3178", "SY05")]
    [InlineData("وألقى الطيران المروحي برميلين متفجرين على بلدة كفر داعل في ريف حلب الغربي.", "كفر داعل", "C6426", "SY02")]
    [InlineData("وقتل 12 مدنيا في قصف بالبراميل المتفجرة على قرية قصر البريج في ريف حلب الشرقي.", "قصر البريج", "C1233", "SY02")]
    [InlineData("وقصفت الطائرات المروحية بلدة كفر ناسج في ريف درعا الشمالي.", "كفر ناسج", "C6089", "SY12")]
    [InlineData("وتعرض محيط مخيم خان الشيح للاجئين الفلسطينيين للقصف بثلاثة براميل متفجرة.", "مخيم خان الشيح", "C2466", "SY03")]
    public void A_village_war_news_places_in_its_governorate_is_known(string sentence, string name, string pcode, string governorate)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal(pcode, m.FinePcode);
        Assert.Equal([governorate], m.Places);
    }

    [Theory]
    [InlineData("والتقى قائد الجيش اللبناني جوزف عون بالسفير الأمريكي في بيروت.")]
    [InlineData("وأشارت التجارب إلى توفير قرابة 8 ملايين ريال من مشروع محطة الخالدية بالرياض.")]
    [InlineData("وتندمج الشاشة المشرقة من نوع سوبر أمولد بشكل متجانس في الهاتف.")]
    [InlineData("وقال المدرب إن اللاعب ماكس ماير سيغيب عن المباراة المقبلة.")]
    public void A_word_or_a_person_of_a_village_name_is_no_place(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Places.Any(p => p.StartsWith("SY", StringComparison.Ordinal)));

    [Theory]
    [InlineData("وسيطر التنظيم على القسم الأكبر من مخيم اليرموك فضلا عن أجزاء من حيي القدم والتضامن.", "القدم", "SY01")]
    [InlineData("وسيطر التنظيم على القسم الأكبر من مخيم اليرموك فضلا عن أجزاء من حيي القدم والتضامن.", "التضامن", "SY01")]
    [InlineData("وهناك حوالي ألف مقاتل في أحياء اليرموك والحجر الأسود والتضامن والقدم.", "القدم", "SY01")]
    [InlineData("وخرج آلاف المدنيين والمقاتلين من حيي القابون وتشرين نحو محافظة إدلب.", "تشرين", "SY01")]
    [InlineData("وقصفت الطائرات أحياء الكلاسة والمشهد والقاطرجي.", "الكلاسة", "SY02")]
    [InlineData("وقصفت الطائرات أحياء الكلاسة والمشهد والقاطرجي.", "المشهد", "SY02")]
    [InlineData("وقصفت الطائرات أحياء الكلاسة والمشهد والقاطرجي.", "القاطرجي", "SY02")]
    [InlineData("وقتل طفلان بقصف على حي الصاخور شرقي المدينة.", "حي الصاخور", "SY02")]
    public void A_city_quarter_news_names_after_a_neighbourhood_word_is_known(string sentence, string name, string governorate)
    {
        // scripts/gen-gazetteer.py's third rule: OCHA quarters named after "حي"/"أحياء" in the shared news; "الكلاسة" is OCHA's
        // كلاسة with the article, "المشهد" and "القاطرجي" aliases (data/place_aliases.tsv) of الأنصاري مشهد and كرم القاطرجي
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Matches("^[NA][0-9]", m.FinePcode ?? "");
        Assert.Equal([governorate], m.Places);
    }

    [Theory]
    [InlineData("وسجل اللاعب هدفا بالقدم اليسرى، وقال إن كرة القدم هي حياته.")]
    [InlineData("وسيطرت قوات سوريا الديمقراطية على سد تشرين.")]
    [InlineData("وقال المحلل إن المشهد السياسي في المنطقة معقد.")]
    [InlineData("ووقعت الحرب في تشرين الأول من ذلك العام.")]
    public void A_common_word_that_names_a_quarter_is_no_place_without_its_neighbourhood_word(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.FinePcode is { } p && (p.StartsWith('N') || p.StartsWith('A')));

    [Fact]
    public void A_quarter_named_by_a_family_name_stops_no_persons_name_and_a_mountain_names_its_quarter()
    {
        Assert.Contains("محمد القاطرجي", EntityTestKit.People("وقال رجل الأعمال محمد القاطرجي إن الشحنة وصلت."));
        Assert.Contains("محمد إبراهيم الشعار", EntityTestKit.People("وقال وزير الداخلية محمد إبراهيم الشعار إن الوضع مستقر."));
        Assert.Equal(["SY01"], EntityTestKit.Find("وسقطت قذائف على سفح جبل قاسيون.", "جبل قاسيون")!.Places);
    }

    [Fact]
    public void A_list_goes_on_after_a_common_word_place_its_place_word_opened_but_not_after_a_town_abroad()
    {
        // "الطيبة" needs its place word; "بلدات" gives it one, and the list carries it on to "النعيمة"
        var m = EntityTestKit.Find("واستهدف القصف بشكل خاص بلدات الطيبة والنعيمة وصيدا الواقعة في ريف درعا الشرقي.", "النعيمة");
        Assert.Equal(["SY12"], m!.Places);
        // Jordan's Ma'an is no Syrian place that opens a list: "الكرك" stays Jordan's
        var k = EntityTestKit.Find("ونظم طلاب الجامعة في مدن معان والكرك والسلط اعتصامات بعد صلاة الجمعة في الأردن.", "الكرك");
        Assert.Equal(["JOR"], k!.Places);
    }

    [Theory]
    [InlineData("وقصفت قوات النظام بلدة إبطع في ريف درعا بالمدفعية الثقيلة.", "إبطع", "C6031", "SY12")]
    [InlineData("واستهدفت المدفعية قرية غصم في ريف درعا الشرقي.", "غصم", "C6042", "SY12")]
    [InlineData("واستهدفت قوات النظام قرى قصيبة وقرقس في ريف القنيطرة الأوسط بالمدفعية الثقيلة.", "قرقس", "C6300", "SY14")]
    [InlineData("وقال الإعلام الرسمي إن القوات الحكومية سيطرت على بلدتي الحراك ورخم في ريف درعا.", "رخم", "C6113", "SY12")]
    [InlineData("وقصفت الطائرات بلدة زيزون في ريف درعا الغربي.", "زيزون", "C6037", "SY12")]
    public void A_village_no_corpus_names_is_known_after_its_place_word_where_its_governorate_is_named(string sentence, string name, string pcode, string governorate)
    {
        // scripts/gen-gazetteer.py's fourth rule: every other OCHA community, cue=2 ("زيزون" is also a Hama village: the
        // governorate named chooses Daraa's)
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal(pcode, m.FinePcode);
        Assert.Equal([governorate], m.Places);
    }

    [Fact]
    public void A_village_no_corpus_names_needs_its_place_word_and_its_governorate()
    {
        // with both it is the village; without the place word, or in a report that names no governorate of it (the West
        // Bank's المغير، Rural Damascus' "شمال دمشق"), it is no place
        Assert.Equal("C6037", EntityTestKit.Find("وقصفت الطائرات بلدة زيزون في ريف درعا الغربي.", "زيزون")!.FinePcode);
        Assert.Null(EntityTestKit.Find("وقصفت الطائرات زيزون في ريف درعا الغربي.", "زيزون"));
        Assert.Equal("C6204", EntityTestKit.Find("وقصفت الطائرات قرية المغير في ريف السويداء.", "المغير")!.FinePcode);
        Assert.DoesNotContain(EntityTestKit.Layer("وأحرق مستوطنون مسجدا في قرية المغير قرب رام الله في الضفة الغربية.").Mentions,
            m => m.Places.Any(p => p.StartsWith("SY", StringComparison.Ordinal)));
        // a region over several governorates names none of them
        Assert.DoesNotContain(EntityTestKit.Layer("وسيطرت القوات على مناطق في شمال شرق البلاد، وأكد أن بلدة النوفلية في صحراء سرت كانت المنطلق.").Mentions,
            m => m.Text.Contains("النوفلية"));
    }

    [Fact]
    public void A_village_no_corpus_names_stops_no_persons_name()
    {
        Assert.Contains("وليد عيدو", EntityTestKit.People("كما قتل القاضي السابق وليد عيدو وابنه معه."));
        Assert.Contains("عبد الرحمن البراك", EntityTestKit.People("وأصدر وقتها الشيخ عبد الرحمن البراك، الذي كان يدرس في الجامعة، فتوى."));
    }

    [Fact]
    public void A_camp_known_in_other_governorates_placed_in_a_town_of_another_is_that_towns()
    {
        // the gazetteer's اليرموك are in Damascus, Raqqa and Daraa; the sentence places the camp in Rural Damascus
        var m = EntityTestKit.Find("وأشار إلى ضلوعه بأحداث مخيم اليرموك في ريف دمشق.", "مخيم اليرموك");
        Assert.NotNull(m);
        Assert.Equal(["SY03"], m!.Places);
        // a quarter the town has keeps its own row
        var a = EntityTestKit.Find("وسقطت قذائف هاون على حي الأشرفية بحلب.", "حي الأشرفية");
        Assert.Equal(("N0128", "SY02"), (a!.FinePcode, a.Places.Single()));
    }
}
