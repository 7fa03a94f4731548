using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Towns and regions abroad from data/world_cities.tsv: found with their country, kept apart from their country's name.</summary>
public class AbroadPlaceTests
{
    [Theory]
    [InlineData("وانفجرت سيارة مفخخة في سوق ببعقوبة صباح اليوم", "بعقوبة", "IRQ")]
    [InlineData("ونشرت موسكو منظومات دفاع جوي جديدة في شبه جزيرة القرم", "شبه جزيرة القرم", "UKR")]
    [InlineData("وتجمع المحتجون أمام مبنى البلدية في الدار البيضاء", "الدار البيضاء", "MAR")]
    [InlineData("وأعلنت الشرطة توقيف ثلاثة أشخاص في إقليم كتالونيا", "إقليم كتالونيا", "ESP")]
    [InlineData("وفر آلاف السكان من قراهم في ولاية راخين خلال الأسبوع الماضي", "ولاية راخين", "MMR")]
    [InlineData("ووصلت دفعة جديدة من اللاجئين إلى مخيمات كوكس بازار أمس", "كوكس بازار", "BGD")]
    [InlineData("وعثرت الشرطة على رجل فاقد الوعي في حديقة بمدينة سالزبري الأسبوع الماضي", "سالزبري", "GBR")]
    [InlineData("وتشهد مدن شمال إنكلترا احتجاجات على ارتفاع الأسعار", "إنكلترا", "GBR")]
    [InlineData("ويجتمع وزراء الاتحاد الأوروبي في بروكسيل يوم الاثنين", "بروكسيل", "BEL")]
    [InlineData("وزار الوزير مدينة مشهد شرقي إيران أمس", "مشهد", "IRN")]
    public void A_place_abroad_is_found_with_its_country(string sentence, string text, string iso)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal([iso], m.Places);
    }

    // a name that is also a common word ("مشهد", a scene) is a place only after a place word
    [Theory]
    [InlineData("وأظهر مشهد مصور الدمار الذي لحق بالحي")]
    [InlineData("في مشهد يتكرر كل يوم، اصطف المئات أمام المخبز")]
    public void A_common_word_city_needs_a_place_word(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Text == "مشهد");

    // a name shared with a Syrian subdistrict, set in a part of its country abroad ("شمال العراق"): the place abroad
    [Theory]
    [InlineData("وقال مسؤول محلي إن المسلحين انسحبوا من سنجار شمال العراق بعد يومين من القتال", "سنجار", "IRQ")]
    [InlineData("وفر آلاف الأيزيديين من قرى سنجار بشمال العراق", "سنجار", "IRQ")]
    public void A_shared_name_set_in_a_region_abroad_is_the_place_abroad(string sentence, string text, string iso)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal([iso], m!.Places);
    }

    // a name shared with a city abroad, told in the same article as a Syrian village ("بلدة صيدا"), is that village everywhere in it
    [Fact]
    public void A_name_told_elsewhere_as_a_Syrian_village_is_that_village_in_a_list_too()
    {
        var layer = EntityTestKit.Layer("وطالت الغارات بلدات الكرك والجيزة وصيدا وبصر الحرير القريبة من الحدود الأردنية. وقتل طفلان في قصف على بلدة صيدا.");
        var mentions = layer.Mentions.Where(m => m.Text == "صيدا").ToList();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.StartsWith("SY12", m.Places[0], StringComparison.Ordinal));
    }

    [Fact]
    public void A_sea_is_a_named_place_with_no_country()
    {
        var m = EntityTestKit.Find("وغرق قارب يقل مهاجرين في البحر الأبيض المتوسط قبالة السواحل الليبية", "البحر الأبيض المتوسط");
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Empty(m.Places);
    }

    // continents and world regions are named places with no country, so no event place
    [Theory]
    [InlineData("ويصل آلاف المهاجرين إلى أوروبا كل شهر عبر البحر", "أوروبا")]
    [InlineData("وتعد المنطقة من أكثر بؤر التوتر في الشرق الأوسط منذ عقود", "الشرق الأوسط")]
    [InlineData("وزار الوفد عدة دول في جنوب شرق آسيا الشهر الماضي", "جنوب شرق آسيا")]
    public void A_continent_or_world_region_is_a_named_place_with_no_country(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Empty(m.Places);
    }

    // "جنوب أفريقيا" stays the country; «الشرق الأوسط» between quote marks is the newspaper, no place
    [Fact]
    public void A_country_named_after_a_continent_stays_the_country() =>
        Assert.Equal(["ZAF"], EntityTestKit.Find("ووصل الرئيس إلى جنوب أفريقيا في زيارة رسمية", "جنوب أفريقيا")!.Places);

    [Fact]
    public void A_quoted_region_that_names_a_newspaper_is_no_place() =>
        Assert.DoesNotContain(EntityTestKit.Layer("وقال المتحدث في تصريح لـ«الشرق الأوسط» إن الوفد سيصل غدا").Mentions, m => m.Type == EntityType.Loc);

    // a quote mark right after the region opens what is said next ('دول الشرق الأوسط "لن تصمد …"'): the region stays a place
    [Theory]
    [InlineData("وقال إن بعض دول الشرق الأوسط \"لن تصمد أسبوعا\" دون حماية", "الشرق الأوسط")]
    [InlineData("ووصف الوزير الشرق الأوسط «بالمنطقة الأكثر توترا» في العالم", "الشرق الأوسط")]
    public void A_region_before_a_quotation_stays_a_place(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
    }

    [Fact]
    public void A_region_abroad_and_its_country_are_two_names()
    {
        var names = EntityTestKit.Record("وقصفت المدفعية قرى في جنوب لبنان، وقالت الحكومة إن لبنان سيشتكي إلى مجلس الأمن.").Entities.Select(e => e.Text).ToList();
        Assert.Contains("جنوب لبنان", names);
        Assert.Contains("لبنان", names);
    }

    // "كنيس" is no ك + "نيس", "سرت" is a verb here: such names stay out of the list
    [Theory]
    [InlineData("وافتتح رئيس البلدية كنيسا جديدا في المدينة")]
    [InlineData("وقال إن الهدنة سرت منذ منتصف الليل دون خروقات")]
    public void A_word_that_looks_like_a_town_abroad_is_no_place(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Type == EntityType.Loc);
}
