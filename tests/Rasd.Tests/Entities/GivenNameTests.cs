using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>People named with no title before them, found by a first name (data/given_names.tsv) and the name words after it.</summary>
public class GivenNameTests
{
    private static List<string> People(string sentence) => EntityTestKit.People(sentence);

    [Theory]
    [InlineData("وقال يوسف الخطيب إن الوضع الإنساني صعب", "يوسف الخطيب")]
    [InlineData("وأوضح ميخائيل فيدوروف أن المحادثات مستمرة", "ميخائيل فيدوروف")]
    [InlineData("التقى ينس لاندبرغ بالوفد الحكومي", "ينس لاندبرغ")]
    [InlineData("ونقلت الوكالة عن عبد الكريم الزعبي قوله إن القصف توقف", "عبد الكريم الزعبي")]
    [InlineData("وصرح عبدالرحمن الجاسم للصحفيين", "عبدالرحمن الجاسم")]
    [InlineData("وتوقع نادر عصام حداد، الباحث في الشؤون العسكرية، تصعيدا", "نادر عصام حداد")]
    [InlineData("وقال خالد بن سعود المطيري إن", "خالد بن سعود المطيري")]
    public void A_first_name_opens_a_name_without_a_title(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    // Russian and East European first names in the spellings the press uses, with no title before them
    [Theory]
    [InlineData("ففلادمير لوغينوف الذي أعلن مقتله كان عضوا في منظمة شبه عسكرية", "فلادمير لوغينوف")]
    [InlineData("أما كيريل انانييف فهو ينتمي إلى منظمة أخرى", "كيريل انانييف")]
    [InlineData("وحضر ديميتري أوتكين الضابط السابق في القوات الخاصة احتفالا في الكرملين", "ديميتري أوتكين")]
    [InlineData("وأكد ستانيسلاف تشيرتشيسوف أن الفريق جاهز", "ستانيسلاف تشيرتشيسوف")]
    [InlineData("وكان رسلان بوشيروف قد زار المدينة مرتين", "رسلان بوشيروف")]
    [InlineData("وقال أليكساندر غولوفين إن المباراة صعبة", "أليكساندر غولوفين")]
    public void A_foreign_first_name_opens_a_name_without_a_title(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    // "إدوار" folds like "أدوار" (roles): it opens a name only before another first name
    [Fact]
    public void Edouard_before_a_first_name_is_a_person() =>
        Assert.Equal(["إدوار فيليب"], People("وقال إدوار فيليب إن الحكومة لن تتراجع"));

    // after a describing noun or adjective, a first name that is also a word opens a name before a Slavic family name
    [Theory]
    [InlineData("وأسسها الكاتب القومي المتشدد إدوار ليمونوف قبل سنوات", "إدوار ليمونوف")]
    [InlineData("وظهر اللاعب في صورة مع الشيشاني رمضان قديروف في غروزني", "رمضان قديروف")]
    public void A_common_first_name_after_a_description_opens_a_slavic_name(string sentence, string name) =>
        Assert.Contains(name, People(sentence));

    // a verb or a preposition's noun before a Slavic name is none of it
    [Theory]
    [InlineData("وانتهت المباراة لصالح لوماتشنكو بالنقاط")]
    [InlineData("عادل جوكوفيتش الرقم القياسي")]
    public void A_common_word_before_a_slavic_name_is_not_its_first_name(string sentence) =>
        Assert.DoesNotContain(People(sentence), p => p.StartsWith("صالح", StringComparison.Ordinal) || p.StartsWith("عادل", StringComparison.Ordinal));

    [Theory]
    [InlineData("وتغيرت أدوار قادة الفصائل خلال الحرب")]
    [InlineData("وقد أدت أدوار دفاعية في المباراة")]
    public void Roles_are_no_person(string sentence) =>
        Assert.Empty(People(sentence));

    // right after a body's name that a title governs, a first name that is also a word opens the holder's name
    [Theory]
    [InlineData("وقال رئيس الائتلاف الوطني السوري رياض الخطيب إن الوفد جاهز", "رياض الخطيب")]
    [InlineData("وأكد الرئيس المشترك لمجلس سوريا الديمقراطية عادل كنو أن الحوار مستمر", "عادل كنو")]
    public void A_first_name_that_is_a_word_opens_a_name_after_a_body(string sentence, string name) =>
        Assert.Contains(name, People(sentence));

    [Theory]
    // a first name that is also a word opens a name only before another first name
    [InlineData("وكان سعيد جدا بالنتيجة")]
    // an adverb of degree after it makes the word an adjective ("لين" soft, "هادي" calm), not a first name and a surname
    [InlineData("ووصف الاتفاق بأنه سيء ولين جدا")]
    [InlineData("وكان الوضع في المدينة هادي تماما صباح اليوم")]
    [InlineData("الموقف التركي لين للغاية")]
    [InlineData("وهو أمل كبير للسكان")]
    // "سلمي" (peaceful) folds like the name "سلمى"
    [InlineData("ونظم السكان اعتصاما سلمي الطابع")]
    // a first name alone is too weak
    [InlineData("وصلى المصلون في مسجد محمد")]
    // "على" (on) folds like "علي"
    [InlineData("ردا على ماهر الحسن")]
    // "لجان" (committees) is no "ل" + the first name "جان"
    [InlineData("وقالت الوزارة إن ثلاث لجان تعقد اجتماعات في العاصمة")]
    public void A_common_word_or_a_bare_first_name_is_no_person(string sentence) =>
        Assert.Empty(People(sentence));

    [Fact]
    public void A_common_first_name_before_another_first_name_is_a_person() =>
        Assert.Equal(["عادل عبد الكريم"], People("وصرح عادل عبد الكريم للتلفزيون"));

    [Fact]
    public void The_preposition_ala_does_not_join_the_name_after_it() =>
        Assert.Equal(["أحمد الحسن"], People("وردت الحكومة على أحمد الحسن ببيان"));

    [Theory]
    // a third word that is neither a family name with the article nor after a father's first name ends the name
    [InlineData("اغتيل زياد الحمصي صباحا في المدينة", "زياد الحمصي")]
    // a particle glued to a preposition is no name word
    [InlineData("وأفاد موسى بأن القصف استمر", null)]
    [InlineData("وانضم إبراهيم للالتحاق بالقوات", null)]
    [InlineData("واضطر فؤاد لرفض الطلبات", null)]
    [InlineData("واستقبل سيرغي لافرينوف الوفد", "سيرغي لافرينوف")]
    public void A_name_ends_before_a_word_that_cannot_continue_it(string sentence, string? name) =>
        Assert.Equal(name is null ? [] : [name], People(sentence));

    [Fact]
    public void A_known_person_after_the_name_starts_a_second_name() =>
        Assert.Equal(["ستيفن كول", "حسن نصر الله"], People("وانتقد ستيفن كول حسن نصر الله"));

    // both spellings of a known name's full form ("غوتيريش" and "غوتيريس") are the same person as the bare surname
    [Fact]
    public void A_known_full_name_in_another_spelling_is_the_known_person() =>
        Assert.Equal("per:Antonio-Guterres", EntityTestKit.Find("وقال الأمين العام أنطونيو غوتيريس إن المحادثات أحرزت تقدما", "أنطونيو غوتيريس")?.Id);

    // an imperfect verb or an accusative noun after a first name is the sentence going on, no name word (data/name_breaking_words.tsv)
    [Theory]
    [InlineData("محمد صلاح يتوج بجائزة أفضل لاعب في الدوري", "محمد صلاح")]
    [InlineData("وقال المدرب إن روبرت يشعر بأنه بحاجة إلى تغيير", "")]
    [InlineData("وأحرز بيل هدفا مذهلا في الشوط الثاني", "")]
    [InlineData("وعقد هاني أبو ريدة اجتماعا مع اللاعبين بعد المباراة", "هاني أبو ريدة")]
    [InlineData("ويقبع هاشم حاليا في سجن بطرابلس", "")]
    public void A_verb_or_an_accusative_noun_ends_a_name(string sentence, string name) =>
        Assert.Equal(name == "" ? [] : [name], People(sentence));

    // family names that begin with ي or end in ا stay in the name
    [Theory]
    [InlineData("وقال أحمد يعقوب إن الوضع صعب", "أحمد يعقوب")]
    [InlineData("وقال بيتر يونغ إن المحادثات مستمرة", "بيتر يونغ")]
    [InlineData("وأكد كريم يزبك أن الفريق جاهز", "كريم يزبك")]
    [InlineData("وقال ماركوس موتا إن الدفاع سيطعن في الحكم", "ماركوس موتا")]
    public void A_family_name_shaped_like_a_verb_or_an_accusative_is_kept(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    // after a title too: "الملك" in "عبد الملك" is no title over "رئيسا جديدا"
    [Fact]
    public void An_accusative_after_a_title_is_no_name() =>
        Assert.DoesNotContain("رئيسا جديدا", People("وأصدر الرئيس قرارا بتعيين معين عبد الملك رئيسا جديدا للحكومة"));
}
