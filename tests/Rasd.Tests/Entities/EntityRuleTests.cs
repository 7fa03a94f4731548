using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Tests.Entities;

/// <summary>Rules beyond single phrases: context for ambiguous names, what is not an entity, the record's fullest forms, the resolver API.</summary>
public class EntityRuleTests
{
    [Theory]
    [InlineData("قصفت الطائرات قرية دوما في ريف حماة الشمالي", "SY05")]
    [InlineData("قصفت الطائرات بلدة دوما في ريف السويداء", "SY13")]
    [InlineData("قصفت الطائرات دوما في الغوطة الشرقية", "SY03")]
    [InlineData("قصفت الطائرات مدينة دوما", "SY03")]
    public void Ambiguous_town_follows_its_context(string sentence, string gov)
    {
        var m = EntityTestKit.Find(sentence, "دوما");
        Assert.NotNull(m);
        Assert.Equal([gov], m!.Places);
        Assert.Equal(1, m.GeoPrecision);
        Assert.StartsWith("C", m.FinePcode);
    }

    [Theory]
    [InlineData("تقدمت قوات النظام في محافظتي درعا والقنيطرة خلال الأسبوع الماضي", "القنيطرة", "SY14")]
    [InlineData("وصلت التعزيزات إلى ريف درعا قبل أن تتجه نحو القنيطرة", "القنيطرة", "SY14")]
    public void A_governorate_name_is_the_governorate_whatever_governorate_is_named_near_it(string sentence, string text, string gov)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal([gov], m!.Places);
    }

    [Fact]
    public void After_a_word_for_a_village_a_governorate_name_follows_its_context()
    {
        var m = EntityTestKit.Find("قصفت الطائرات قرية القنيطرة في ريف إدلب الجنوبي", "القنيطرة");
        Assert.NotNull(m);
        Assert.Equal(["SY07"], m!.Places);
    }

    [Theory]
    [InlineData("تظاهر آلاف المصلين في مدينة القدس بعد صلاة الجمعة", "القدس", "PSE")]
    [InlineData("افتتح معرض للكتاب في مدينة الإسكندرية الساحلية", "الإسكندرية", "EGY")]
    [InlineData("قال مسؤول كردي إن قوات عراقية انتشرت في سنجار", "سنجار", "IRQ")]
    [InlineData("وصل المبعوث إلى مدينة صيدا جنوبي لبنان", "صيدا", "LBN")]
    [InlineData("عقد المؤتمر في مدينة الظهران شرقي المملكة", "الظهران", "SAU")]
    [InlineData("وصلت قافلة الزوار إلى مدينة كربلاء صباح اليوم", "كربلاء", "IRQ")]
    public void A_well_known_city_abroad_wins_over_a_Syrian_village_of_its_name(string sentence, string text, string country)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal([country], m!.Places);
    }

    [Theory]
    [InlineData("قتل ثلاثة مدنيين في قصف على بلدة صيدا", "صيدا", "SY12")]
    [InlineData("سيطرت القوات على صيدا في ريف درعا الشرقي", "صيدا", "SY12")]
    public void A_Syrian_village_named_like_a_city_abroad_keeps_its_Syrian_context(string sentence, string text, string gov)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal([gov], m!.Places);
    }

    [Theory]
    [InlineData("سقطت قذائف على حي القصاع في دمشق", "حي القصاع", "SY01")]
    [InlineData("قتل مدنيان في قصف على حي الشعار بحلب", "حي الشعار", "SY02")]
    [InlineData("وصلت الشاحنات إلى مخيم الهول شرق الحسكة", "مخيم الهول", "SY08")]
    public void A_new_place_named_by_its_place_word_takes_the_town_that_holds_it(string sentence, string text, string gov)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Equal([gov], m.Places);
    }

    [Theory]
    [InlineData("أقيم مخيم للنازحين في إدلب", "مخيم للنازحين")]
    [InlineData("بقي حي بني زيد تحت القصف", "حي بني زيد")]
    [InlineData("زار الوفد حي بني زيد ودمشق", "حي بني زيد")]
    public void A_place_word_without_a_name_or_a_town_proposes_nothing(string sentence, string text) =>
        Assert.Null(EntityTestKit.Find(sentence, text));

    [Fact]
    public void Context_from_an_earlier_sentence_counts()
    {
        var layer = EntityTestKit.Layer("تصاعدت المعارك في محافظة حماة. وقال ناشطون إن قرية دوما تعرضت لقصف عنيف.");
        Assert.Equal(["SY05"], layer.Mentions.Single(m => m.Text == "دوما").Places);
    }

    [Theory]
    [InlineData("قال المسؤول الروسي إن الهدنة صامدة")]
    [InlineData("أكد وزير الخارجية أن الحوار مستمر")]
    [InlineData("انتقد المتحدث باسم الخارجية القرار")]
    [InlineData("رفضت المعارضة السورية الاقتراح")]
    [InlineData("أرسلت السلطات التركية قافلة")]
    public void Nationality_adjectives_and_bare_titles_are_not_entities(string sentence)
    {
        var record = EntityTestKit.Record(sentence);
        Assert.DoesNotContain(record.Entities, e => e.Type == "PER");
        Assert.DoesNotContain(record.Entities, e => e.Text is "الروسي" or "التركية" or "وزير الخارجية" or "الخارجية");
    }

    // an outlet's hashtag on part of a name ("إيمانويل #ماكرون") leaves the name whole
    [Fact]
    public void A_hashtag_on_part_of_a_name_keeps_the_name_whole()
    {
        var record = EntityTestKit.Record("استقبل الرئيس الفرنسي إيمانويل #ماكرون في #باريس نظيره المصري عبد الفتاح #السيسي.");
        Assert.Contains(record.Entities, e => e.Type == "PER" && e.Text == "إيمانويل #ماكرون");
        Assert.Contains(record.Entities, e => e.Type == "PER" && e.Text == "عبد الفتاح #السيسي");
        Assert.Contains(record.Entities, e => e.Type == "LOC" && e.Text == "باريس");
    }

    [Fact]
    public void A_bare_surname_after_a_hashtagged_full_name_is_the_same_name()
    {
        var record = EntityTestKit.Record("التقت المستشارة الألمانية، أنجيلا #ميركل، ملك الأردن في عمان. وقالت ميركل إن الزيارة تستمر يومين.");
        var merkel = record.Entities.Where(e => e.Type == "PER" && e.Text.Contains("ميركل", StringComparison.Ordinal)).ToList();
        Assert.Single(merkel);
        Assert.Equal("أنجيلا #ميركل", merkel[0].Text);
    }

    // a headline names by surname the person the body names in full ("روحاني" is also a word: alone it is not taken)
    [Fact]
    public void A_surname_before_the_full_name_is_the_person_named_later()
    {
        var layer = EntityTestKit.Layer("روحاني يلتقي وفدا أوروبيا\n\nالتقى الرئيس الإيراني حسن روحاني وفدا من الاتحاد الأوروبي في طهران.");
        var first = layer.Mentions.OrderBy(m => m.Span.Start).First(m => m.Type == EntityType.Per);
        Assert.Equal("روحاني", first.Text);
        Assert.Equal(0, first.Span.Start);
    }

    [Fact]
    public void A_common_word_surname_with_no_full_name_in_the_article_is_no_person()
    {
        Assert.DoesNotContain(EntityTestKit.Layer("روحاني يلتقي وفدا أوروبيا\n\nالتقى الرئيس الإيراني وفدا من الاتحاد الأوروبي في طهران.").Mentions, m => m.Text == "روحاني");
    }

    // outlets and armed groups are often written by their Latin initials inside Arabic text
    [Theory]
    [InlineData("وقالت وحدات YPG في بيان إن الهجوم صد", "YPG", "SYRREB")]
    [InlineData("ونقلت BBC عن مصادر محلية أن القتال توقف", "BBC", "GBRMED")]
    public void A_latin_acronym_of_a_known_organisation_is_that_organisation(string sentence, string text, string actor)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(actor, m.Actor);
    }

    // a news agency's home city in a dateline is a place abroad like any other
    [Fact]
    public void A_dateline_city_abroad_is_a_place()
    {
        var record = EntityTestKit.Record("أتلانتا، الولايات المتحدة الأمريكية -- قال متحدث باسم الشركة إن المصنع سيفتح أبوابه الشهر المقبل.");
        Assert.Contains(record.Entities, e => e.Type == "LOC" && e.Text == "أتلانتا" && e.Id == "USA");
    }

    [Fact]
    public void Country_name_used_as_an_adjective_is_not_a_place()
    {
        var layer = EntityTestKit.Layer("دعمت تركيا فصائل معارضة سورية، وشنت طائرات روسية وسورية غارات.");
        Assert.DoesNotContain(layer.Mentions, m => m.Text.Contains("سورية", StringComparison.Ordinal) && m.Type == EntityType.Loc);
        Assert.Contains(layer.Mentions, m => m.Text == "تركيا");
    }

    [Fact]
    public void Record_keeps_each_name_once_in_its_fullest_form()
    {
        var record = EntityTestKit.Record("أعلن المرصد السوري لحقوق الإنسان الحصيلة. وقال المرصد السوري إن القصف مستمر. والتقى بشار الأسد وفداً، واستقبل بشار الأسد السفير.");
        var sohr = record.Entities.Where(e => e.Id == "sohr").ToList();
        Assert.Single(sohr);
        Assert.Equal("المرصد السوري لحقوق الإنسان", sohr[0].Text);
        Assert.Equal(2, sohr[0].Mentions);
        Assert.Single(record.Entities, e => e.Text == "بشار الأسد");
    }

    [Fact]
    public void Distinct_names_of_one_organisation_are_both_kept()
    {
        var record = EntityTestKit.Record("قال الدفاع المدني السوري، المعروف باسم الخوذ البيضاء، إن فرقه انتشلت الضحايا.");
        Assert.Contains(record.Entities, e => e.Text == "الدفاع المدني السوري");
        Assert.Contains(record.Entities, e => e.Text == "الخوذ البيضاء");
    }

    [Fact]
    public void Clitics_are_left_out_of_the_entity_text()
    {
        var record = EntityTestKit.Record("وصلت تعزيزات بإدلب ولحلب وأرسلت تعزيزات وللأمم المتحدة رأي.");
        Assert.Contains(record.Entities, e => e.Text == "إدلب" && e.Places!.SequenceEqual(["SY07"]));
        Assert.Contains(record.Entities, e => e.Text == "حلب");
    }

    [Fact]
    public void Distributive_countryside_names_each_place_and_covers_both()
    {
        var layer = EntityTestKit.Layer("تواصل القصف على ريفي إدلب وحماة الجنوبي منذ الصباح");
        var cover = layer.Mentions.Single(m => m.Text == "ريفي إدلب وحماة الجنوبي");
        Assert.False(cover.IsNamedEntity);
        Assert.Equal(["SY05", "SY07"], cover.Places.Order());
        Assert.Contains(layer.Mentions, m => m.Text == "إدلب" && m.IsNamedEntity);
        Assert.Contains(layer.Mentions, m => m.Text == "وحماة" || m.Text == "حماة");
    }

    [Fact]
    public void Resolver_gives_actors_and_places_of_a_span()
    {
        const string text = "قصفت قوات النظام والطيران الحربي الروسي منازل المدنيين في ريف إدلب الجنوبي. وفي أنقرة اجتمع الوزراء.";
        var layer = EntityTestKit.Layer(text);
        var firstSentence = new TextSpan(0, text.IndexOf('.'));
        Assert.Equal(["RUSMIL", "SYRCVL", "SYRMIL"], layer.ActorCodesIn(firstSentence).Order());
        Assert.Equal(["SY07"], layer.PlaceCodesIn(firstSentence));
        Assert.Equal(["TUR"], layer.PlaceCodesIn(new TextSpan(firstSentence.End, text.Length)));
    }

    [Fact]
    public void Surname_alone_needs_the_full_name_first()
    {
        Assert.Null(EntityTestKit.Find("كان الرد ظريف جداً", "ظريف"));
        Assert.NotNull(EntityTestKit.Find("التقى محمد جواد ظريف نظيره. وقال ظريف إن اللقاء مثمر", "ظريف"));
    }

    [Fact]
    public void Common_word_place_needs_a_place_word()
    {
        Assert.DoesNotContain(EntityTestKit.Layer("فتح الباب أمام المفاوضات").Mentions, m => m.Type == EntityType.Loc);
        // "كردية" is a village in Tartus and the adjective "Kurdish": "منطقة ذات أغلبية كردية" names no place
        Assert.DoesNotContain(EntityTestKit.Layer("وتعيش في المنطقة الجبلية أغلبية كردية منذ قرون").Mentions, m => m.Type == EntityType.Loc);
        Assert.Equal(["SY02"], EntityTestKit.Find("دخلت القوات مدينة الباب", "الباب")!.Places);
    }

    [Fact]
    public void Persons_after_titles_get_the_title_country_and_role()
    {
        var m = EntityTestKit.Find("وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده", "أيمن الصفدي");
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
        Assert.Equal("JORGOV", m.Actor);
        var unknown = EntityTestKit.Find("وقال المتحدث باسم وزارة الخارجية الصينية غنغ شوانغ إن بكين", "غنغ شوانغ");
        Assert.NotNull(unknown);
        Assert.Equal("CHNGOV", unknown!.Actor);
        Assert.Equal("foreign ministry spokesman", unknown.Role);
    }

    [Theory]
    [InlineData("انتقد الوزير الاتفاق الموقع بين الطرفين أمس")]
    [InlineData("أكد الرئيس الأسبوع الماضي أن المحادثات مستمرة")]
    public void Two_definite_words_after_a_title_are_no_person(string sentence) =>
        Assert.DoesNotContain(EntityTestKit.Layer(sentence).Mentions, m => m.Type == EntityType.Per);

    [Fact]
    public void A_name_with_a_definite_family_name_after_a_title_stays_a_person()
    {
        var m = EntityTestKit.Find("وقال الرئيس بشار الأسد إن الحرب انتهت", "بشار الأسد");
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
    }
}
