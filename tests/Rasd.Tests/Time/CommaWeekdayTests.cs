using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>A weekday set off by a comma right after a future verb ("سيعلن قراره، السبت") is the coming day, not the last one.</summary>
public sealed class CommaWeekdayTests
{
    private static readonly TimexRecognizer Recognizer = new();

    // a Wednesday
    private static readonly DateOnly Ref = new(2021, 11, 10);

    [Fact]
    public void A_weekday_after_a_comma_and_a_future_verb_is_the_next_one()
    {
        var t = Assert.Single(Recognizer.Recognize("وقال المتحدث إن الوفد سيعلن قراره، السبت", Ref));
        Assert.Equal("2021-11-13", t.Value);
    }

    [Theory]
    [InlineData("وقال وزير الخارجية الروسي سيرغي لافروف، السبت")]
    [InlineData("وذكرت صحيفة وول ستريت جورنال، السبت")]
    public void A_name_that_starts_like_a_future_verb_does_not_move_the_day(string sentence)
    {
        var t = Assert.Single(Recognizer.Recognize(sentence, Ref));
        Assert.Equal("2021-11-06", t.Value);
    }

    [Fact]
    public void A_weekday_after_a_comma_and_a_past_verb_is_the_last_one()
    {
        var t = Assert.Single(Recognizer.Recognize("وقال المتحدث إن الوفد أعلن قراره، السبت", Ref));
        Assert.Equal("2021-11-06", t.Value);
    }
}
