namespace Rasd.Tests.Entities;

/// <summary>"وقال X Y، المتحدث باسم …": the words between a verb of saying and a title set off by a comma are the speaker's name.</summary>
public class SpeakerBeforeTitleTests
{
    [Theory]
    [InlineData("وقال ماركوس هيلمان، المتحدث باسم الخارجية الألمانية، إن المحادثات مستمرة", "ماركوس هيلمان")]
    [InlineData("وأوضحت كارين بيرغ، الكاتبة في مجلة أسبوعية، أن الأزمة طويلة", "كارين بيرغ")]
    [InlineData("وأضاف تيموثي ولدون كار، مستشار الأمن القومي، أن القرار نهائي", "تيموثي ولدون كار")]
    // told, spoke, informed: verbs of saying too
    [InlineData("وأخبر غونار لينده، مستشار الأمن القومي، الصحفيين أن القرار نهائي", "غونار لينده")]
    [InlineData("وتحدثت كارين بيرغ، الكاتبة في مجلة أسبوعية، للإذاعة عن الأزمة", "كارين بيرغ")]
    public void The_speaker_before_an_apposed_title_is_named(string sentence, string name) =>
        Assert.Contains(name, EntityTestKit.People(sentence));

    [Theory]
    // a definite title right after the name, with no comma, is in apposition too
    [InlineData("وقالت كارين بيرغ الكاتبة في مجلة أسبوعية إن الأزمة طويلة", "كارين بيرغ")]
    [InlineData("وأوضح ماركوس هيلمان المتحدث باسم الخارجية الألمانية أن المحادثات مستمرة", "ماركوس هيلمان")]
    public void The_speaker_before_a_definite_title_is_named(string sentence, string name) =>
        Assert.Contains(name, EntityTestKit.People(sentence));

    [Fact]
    public void The_title_gives_the_speaker_its_side()
    {
        var person = Assert.Single(EntityTestKit.Layer("وقال ماركوس هيلمان، المتحدث باسم الخارجية الألمانية، إن المحادثات مستمرة").Mentions, m => m.Type == Rasd.Entities.EntityType.Per);
        Assert.Equal("DEUGOV", person.Actor);
    }

    [Theory]
    // no verb of saying before the words
    [InlineData("وفي ساعات الصباح، المتحدث باسم الجيش أعلن انتهاء العملية")]
    // a definite noun phrase before the comma is no name
    // a preposition with its pronoun is no name either
    [InlineData("وألقى كلمة تحدث فيها فولكر، المتحدث باسم الحكومة، عن الأزمة")]
    [InlineData("وقال الوفد الزائر، المتحدث باسم الحكومة، إن")]
    public void Without_the_frame_no_name_is_read(string sentence) =>
        Assert.Empty(EntityTestKit.People(sentence));

    [Theory]
    // the verb and the name before a title at the start of a sentence belong to the sentence before: no name across the boundary
    [InlineData("وقال كارين بيرغ\n\nالمتحدث باسم الحكومة أعلن انتهاء العملية")]
    [InlineData("وأوضح ماركوس هيلمان\n\nالكاتبة في المجلة نشرت تقريرا")]
    public void No_name_is_read_across_a_sentence_boundary(string text) =>
        Assert.DoesNotContain(EntityTestKit.Layer(text).Mentions, m => m.Type == Rasd.Entities.EntityType.Per && m.Text.Contains('\n'));
}
