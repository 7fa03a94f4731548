using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Cities abroad that share a name with a Syrian village or with a common word (data/world_cities.tsv).</summary>
public class SharedNameCityTests
{
    // a city abroad named in a foreign story is that city, not the Syrian village of the same name
    [Theory]
    [InlineData("واعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون باتجاه نجران فجر اليوم", "نجران", "SAU")]
    [InlineData("وتظاهر المئات في الناصرية جنوبي العراق احتجاجا على انقطاع الكهرباء", "الناصرية", "IRQ")]
    [InlineData("وانهار مبنى سكني قديم في محافظة الجيزة المصرية", "محافظة الجيزة", "EGY")]
    [InlineData("وشارك آلاف العدائين في سباق على كورنيش مدينة سوسة التونسية", "سوسة", "TUN")]
    [InlineData("وقال المسؤول إن الوفد سيزور مدينة فاس المغربية الأسبوع المقبل", "فاس", "MAR")]
    [InlineData("وأصيب ثلاثة شبان برصاص الجيش عند مدخل مدينة البيرة بالضفة الغربية", "البيرة", "PSE")]
    public void A_city_abroad_sharing_a_Syrian_village_name_is_found_abroad(string sentence, string text, string iso)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal([iso], m.Places);
    }

    // the Syrian place keeps its name where the story says it is Syrian
    [Theory]
    [InlineData("وقصفت الطائرات قرية الناصرية في ريف حمص الشرقي", "الناصرية", "SY04")]
    [InlineData("وقصفت الطائرات بلدات صيدا والجيزة والمسيفرة في ريف درعا الشرقي", "الجيزة", "SY12")]
    public void A_Syrian_place_told_as_Syrian_stays_Syrian(string sentence, string text, string gov)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.StartsWith(gov, m!.Places[0], StringComparison.Ordinal);
    }

    // a village word before the name and Syria named in the sentence outweigh the other country named there
    [Fact]
    public void A_village_word_and_Syria_named_make_the_Syrian_village_beside_a_neighbour_named_too()
    {
        var m = EntityTestKit.Find("ونزح مئات السكان من بلدة الكرك نحو الحدود السورية الأردنية", "الكرك");
        Assert.NotNull(m);
        Assert.StartsWith("SY12", m!.Places[0], StringComparison.Ordinal);
    }

    // a name that is also a common word is a city only after a place word
    [Theory]
    [InlineData("وانتشرت صور الضحايا على مواقع التواصل الاجتماعي", "صور")]
    [InlineData("وقدم المحامي حجة قوية أمام المحكمة", "حجة")]
    [InlineData("قم بالنقر على زر الإعدادات ثم اختر الحساب", "قم")]
    [InlineData("واشترى قميصا بلون السماء الزرقاء", "الزرقاء")]
    public void A_common_word_alone_is_no_place(string sentence, string word) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Text == word && m.Type == EntityType.Loc);

    [Theory]
    [InlineData("وسقطت قذيفة قرب مدينة صور اللبنانية", "صور", "LBN")]
    [InlineData("وسيطرت القوات الحكومية على مدينة حجة شمال غرب البلاد", "حجة", "YEM")]
    [InlineData("وشارك الآلاف في تشييع الضحايا في مدينة قم", "قم", "IRN")]
    [InlineData("وتعرضت مدينة العقبة الساحلية لعاصفة رملية", "العقبة", "JOR")]
    public void A_common_word_city_after_a_place_word_is_the_city(string sentence, string text, string iso)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal([iso], m!.Places);
    }

    // "همدان" is Yemen's Hamdan district and Iran's Hamadan: the country the sentence names decides
    [Theory]
    [InlineData("وأطلق الحوثيون صاروخا من مديرية همدان شمال العاصمة اليمنية", "YEM")]
    [InlineData("وأعدمت السلطات الإيرانية ثلاثة سجناء في همدان", "IRN")]
    public void A_name_of_two_places_abroad_is_the_one_whose_country_is_named(string sentence, string iso)
    {
        var m = EntityTestKit.Find(sentence, "همدان");
        Assert.NotNull(m);
        Assert.Equal([iso], m!.Places);
    }

    // a town that is also a first name ("عمران") does not stop the person's name it opens
    [Fact]
    public void A_town_that_is_also_a_first_name_still_opens_a_person() =>
        Assert.Contains("عمران خان", EntityTestKit.People("والتقى رئيس الوزراء الباكستاني عمران خان وزير الخارجية"));
}
