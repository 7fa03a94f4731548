using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>People found after a title: what ends or replaces the name, and which words are never names.</summary>
public class TitledPersonTests
{
    private static List<string> People(string sentence) => EntityTestKit.People(sentence);

    [Theory]
    [InlineData("وتحدث الوزير الأمريكي أمام المجلس الوطني للشؤون الخارجية مساء أمس")]
    [InlineData("ونقلت الصحيفة عن المتحدث باسم البلدية قوله إن الطريق مغلق")]
    [InlineData("وقال رئيس الوزراء المكلف بتشكيل الحكومة الجديدة إنه متفائل")]
    [InlineData("وقال النائب إن المنصب حق للرئيس وليس هبة للأحزاب")]
    [InlineData("التقى الرئيس عند وصوله الوفد الزائر")]
    [InlineData("ونقلت الإذاعة عن زعيم إحدى القبائل لعب دور الوسيط")]
    [InlineData("وتعهد رجل الأعمال فهد آل الشيخ، بتسديد ديون النادي")]
    [InlineData("وقال الرئيس المشترك للمجلس المحلي إن الانتخابات تأجلت")]
    [InlineData("وأوضح المتحدث أن رئيس الجمهورية اتفق مع ضيفه على خطة عمل")]
    [InlineData("وقبل البرلمان استقالة رئيس الوزراء ويصبح القرار نافذا من الغد")]
    // a colon after the title opens what it says
    [InlineData("وقال وزير الدفاع الفرنسي: سنبدأ المرحلة الثانية قريبا")]
    // "أدلى بهذا التصريح" is what the title's holder did
    [InlineData("وكان رئيس الوزراء الإيطالي أدلى بهذا التصريح خلال مؤتمر صحفي")]
    // an adverbial after the title: while, because of, in a manner, under the title
    [InlineData("وروى الكتاب قصة وزير أثناء الحرب الأهلية في البلاد")]
    [InlineData("واعترف الرئيس بشكل غير مباشر بأن القرار كان خاطئا")]
    [InlineData("وأصدر السفير بعنوان شهادات من الميدان كتابا جديدا")]
    [InlineData("وتوفي الوزير جراء إصابته بفيروس كورونا")]
    public void A_preposition_negation_or_verbal_noun_after_a_title_is_no_name(string sentence) =>
        Assert.Empty(People(sentence));

    // the name before the title is found by its first name; the title after it adds no second person
    [Theory]
    [InlineData("وقال مهند الخطيب زعيم حزب الوسط الديمقراطي المعارض إن", "مهند الخطيب")]
    [InlineData("وقال سامي الحلبي، مستشار الأمن القومي الأمريكي، تظهر الصور حجم الدمار", "سامي الحلبي")]
    public void A_title_after_a_name_adds_no_second_person(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

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

    [Theory]
    [InlineData("وقال الدكتور سامر الخطيب إن المستشفى يحتاج دعما", "سامر الخطيب")]
    [InlineData("وقال المهندس وليد حداد إن الطريق مغلق", "وليد حداد")]
    [InlineData("وقال مستشار الأمن القومي ستيفن هادلي إن", "ستيفن هادلي")]
    [InlineData("واستقبل الأمير فيصل بن خالد بن عبدالله آل سعود الوفد", "فيصل بن خالد بن عبدالله آل سعود")]
    [InlineData("وقال الأمين العام الحالي للأمم المتحدة، كارلوس منديز، إن", "كارلوس منديز")]
    [InlineData("وقال زعيم جيش الإسلام، سليم الحموي، إن", "سليم الحموي")]
    [InlineData("وقال الأمين العام للجامعة العربية السيد نبيل العربي إن", "نبيل العربي")]
    [InlineData("وأعلن حاكم محافظة غازي عنتاب داود غل أن الحدود مغلقة", "داود غل")]
    [InlineData("وأعلن محافظ حلب حسين دياب أن الطريق آمن", "حسين دياب")]
    // a colon between a title and a first name, as credits put it
    [InlineData("المخرج: مارتن كولينز", "مارتن كولينز")]
    [InlineData("وقالت الرئيسة المشتركة هدى سالم إن المجلس اجتمع", "هدى سالم")]
    [InlineData("والتقى الأمير هاري ورئيسة الوزراء جوليا ستون في لندن", "جوليا ستون")]
    public void A_name_follows_an_honorific_a_lineage_or_the_body_or_place_the_title_governs(string sentence, string person) =>
        Assert.Equal([person], People(sentence));

    [Theory]
    [InlineData("وقال محافظ حلب إن الطريق آمن", "حلب")]
    [InlineData("وقال زعيم جيش الإسلام إن المفاوضات مستمرة", "جيش الإسلام")]
    [InlineData("وطلب القرار من رئيس منظمة حظر الأسلحة الكيميائية تقديم توصيات", "منظمة حظر الأسلحة الكيميائية")]
    public void The_governed_body_or_place_stays_an_entity_without_a_name(string sentence, string entity)
    {
        Assert.NotNull(EntityTestKit.Find(sentence, entity));
        Assert.Empty(People(sentence));
    }

    [Theory]
    [InlineData("وقال سفير روسيا إن الهدنة صامدة", "روسيا")]
    [InlineData("والتقى الوزير مستشار النمسا في فيينا", "النمسا")]
    [InlineData("وقال وزير خارجية قطر إن المحادثات مستمرة", "قطر")]
    public void A_country_inside_a_title_without_a_name_is_still_an_entity(string sentence, string country)
    {
        var m = EntityTestKit.Find(sentence, country);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
    }

    // a definite word after the title that is no first name is the title's adjective or governed noun ("الرئيس التنفيذي",
    // "النائب العام", "الخبير الاقتصادي"); ب and a verbal noun, or ب/ل on a word with a hamza, say what the title's holder
    // is charged with or what for
    [Theory]
    [InlineData("وأعلن الرئيس التنفيذي لشركة النفط خطة جديدة")]
    [InlineData("وقال الخبير الاقتصادي بمؤسسة التمويل إن الأسعار سترتفع")]
    [InlineData("وتقرر تكليف وزير الدفاع بتأدية مهامهم لحين تشكيل الحكومة الجديدة")]
    [InlineData("وأصيب الفنان الراحل بأمراض أخرى مثل الكلى والقلب")]
    [InlineData("وطالب الرئيس الأمريكي بإدخال تعديل على الاتفاق")]
    [InlineData("ودعا رئيس هايتي لإجراء تحقيقات بشأن جماعات أخرى")]
    [InlineData("وأصدر رئيس الجهاز تعليماته بنشر قوات من الحرس الوطني")]
    public void A_definite_complement_or_a_charge_after_a_title_is_no_name(string sentence) =>
        Assert.Empty(People(sentence));

    // the name after the title's complement is found whole; first names written with the article open it
    [Theory]
    [InlineData("وقال رئيس الجمهورية حسن روحاني إن الاتفاق صامد", "حسن روحاني")]
    [InlineData("وقضت المحكمة بسجن الرئيسة السابقة بارك غيون هاي 24 عاما", "بارك غيون هاي")]
    [InlineData("وكلف الملك وزير التربية عمر الرزاز بتشكيل حكومة جديدة", "عمر الرزاز")]
    [InlineData("وقال الرئيس التونسي الباجي قايد السبسي إن الانتخابات في موعدها", "الباجي قايد السبسي")]
    [InlineData("وقال المحافظ الحسن طاهر إن القوات تتقدم", "الحسن طاهر")]
    [InlineData("وقال الأمين العام لأوبك محمد باركيندو إن المنظمة مستعدة", "محمد باركيندو")]
    public void The_name_after_a_titles_complement_is_found_whole(string sentence, string name) =>
        Assert.Equal([name], People(sentence));
}
