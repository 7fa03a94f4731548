namespace Rasd.Tests.Entities;

/// <summary>
/// The first names of the news beyond the Arabic ones (Western, Russian, Turkish, Persian, Kurdish, female), the titles of ranks,
/// clergy and legislators, and the limits of a name: a title's complement, surname particles.
/// </summary>
public class NewsFirstNameTests
{
    private static List<string> People(string sentence) => EntityTestKit.People(sentence);

    [Theory]
    [InlineData("وأعلن مارتن هولتز أن الفريق سيعود غدا", "مارتن هولتز")]
    [InlineData("وانتقدت ديمة الخطيب قرار البلدية", "ديمة الخطيب")]
    [InlineData("والتقى شيروان حسو بممثلي العشائر", "شيروان حسو")]
    [InlineData("وأكد هاكان يلماز أن الحدود مغلقة", "هاكان يلماز")]
    [InlineData("وزار فرهاد كريمي المعرض أمس", "فرهاد كريمي")]
    [InlineData("وحذر أليكسي بوروفكوف من التصعيد", "أليكسي بوروفكوف")]
    public void A_first_name_of_the_news_opens_a_name(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    // the name is also an everyday word once folded: alone before a word that is no first name it opens nothing
    [Theory]
    [InlineData("ونشرت أمينة المتحف صورا جديدة للقطع")]
    [InlineData("وعاد صفاء الأجواء بين البلدين")]
    [InlineData("ولفت إلى أن سكوت الجيران مريب")]
    [InlineData("وحذر الأطباء من أن سام الأفاعي ينتشر بسرعة")]
    public void A_first_name_that_is_a_common_word_opens_no_name_alone(string sentence) =>
        Assert.Empty(People(sentence));

    [Theory]
    [InlineData("وقال العماد جوزف خليل إن الجيش جاهز", "جوزف خليل")]
    [InlineData("وقال اللفتنانت كولونيل غيورا شامير إن الطائرات عادت", "غيورا شامير")]
    [InlineData("وقال المطران يوحنا إسحق إن الكنيسة تضررت", "يوحنا إسحق")]
    [InlineData("وقال السيناتور راند كولنز إن الجلسة مؤجلة", "راند كولنز")]
    [InlineData("ونقلت الوكالة عن الميجور جنرال فيتالي سوروكين قوله إن الهدنة صامدة", "فيتالي سوروكين")]
    public void A_rank_clergy_or_legislator_title_introduces_a_name(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    [Fact]
    public void A_rank_with_a_nationality_gives_the_army_as_actor() =>
        Assert.Equal("ISRMIL", EntityTestKit.Find("وقال الكولونيل الإسرائيلي غيورا شامير إن الطائرات عادت", "غيورا شامير")?.Actor);

    // "لشؤون اللاجئين" is what the envoy is for, not the envoy's name
    [Fact]
    public void A_complement_behind_lam_after_a_title_is_no_name() =>
        Assert.Empty(People("وحضر المبعوث الأمريكي الخاص لشؤون اللاجئين الجلسة"));

    // two words between a verb of saying and a title: the speaker, even with a first name that is a word
    [Fact]
    public void A_speaker_frame_ends_at_a_title_too() =>
        Assert.Equal(["حسن الراهب"], People("وقال حسن الراهب رئيس المجلس المحلي إن الجرحى كثر"));

    [Fact]
    public void A_surname_particle_links_the_name_words() =>
        Assert.Equal(["جان دو لاتور"], People("وقال جان دو لاتور إن المفاوضات صعبة"));

    [Fact]
    public void Two_people_may_share_a_first_name() =>
        Assert.Equal(["محمد الخطيب", "محمد نبيل الأحمد"], People("والتقى محمد الخطيب بالوفد. وقال محمد نبيل الأحمد إن اللقاء مثمر"));

    // after a title, a name that opens with a first name ends where a name found without a title would ("يطل" is a verb)
    [Theory]
    [InlineData("والممثل باسل خياط يطل علينا في مسلسلين", "باسل خياط")]
    [InlineData("وقال العميد أحمد حسن الملا إن القوات تقدمت", "أحمد حسن الملا")]
    public void A_titled_name_from_a_first_name_ends_like_an_untitled_one(string sentence, string name) =>
        Assert.Equal([name], People(sentence));

    [Fact]
    public void The_spelling_mistura_without_ya_is_the_known_envoy() =>
        Assert.Equal("per:Staffan-de-Mistura", EntityTestKit.Find("وطالب ستافان دي مستورا الأطراف بضبط النفس", "ستافان دي مستورا")?.Id);

    // a word with the accusative tanween ("هدفاً") is an indefinite noun, never a name word
    [Fact]
    public void A_word_with_the_accusative_tanween_ends_a_name() =>
        Assert.Equal(["خالد بن زيد"], People("وسجل اللاعب خالد بن زيد هدفاً رائعا"));

    // "و" and the article after a title join a second adjective of it ("الخبير العسكري والاستراتيجي")
    [Fact]
    public void A_second_adjective_joined_by_and_is_no_name() =>
        Assert.Equal(["وليد عثمان"], People("وأوضح المحلل السياسي والاقتصادي، وليد عثمان، أن الأسعار سترتفع"));
}
