namespace Rasd.Tests.Entities;

/// <summary>A first name that is also a word, right after a verb of saying and before "إن", a colon or a comma, opens the speaker's name.</summary>
public class SpeakerFrameTests
{
    [Theory]
    [InlineData("وقال عمر الزيدي إن الجولة المقبلة حاسمة", "عمر الزيدي")]
    [InlineData("وأوضح حسن البكري: لن نقبل بأي تأجيل", "حسن البكري")]
    [InlineData("وأضاف جمال الحمصي، وهو ناشط محلي، أن الطريق مقطوع", "جمال الحمصي")]
    public void A_common_word_first_name_after_a_saying_verb_is_the_speaker(string sentence, string name) =>
        Assert.Equal([name], EntityTestKit.People(sentence));

    [Theory]
    // no verb of saying before it: the word keeps its sense
    [InlineData("وكان عمر المبنى طويلا، وقد تهدم")]
    // two words after the first name before "إن": no frame
    [InlineData("وقال حسن سير العملية يعني إن الاتفاق صامد")]
    // a stop word after the first name
    [InlineData("وقال جمال في كلمته إن الوضع صعب")]
    public void Without_the_frame_a_common_word_opens_no_name(string sentence) =>
        Assert.Empty(EntityTestKit.People(sentence));
}
