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
