using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>The report's next weekday after a present-tense verb is tomorrow; after a past verb, or a present one made past, it is six days back.</summary>
public sealed class NextDayWeekdayTests
{
    private static readonly TimexRecognizer Recognizer = new();

    // a Saturday: its next day is Sunday 2018-03-04, the Sunday six days back 2018-02-25
    private static readonly DateOnly Ref = new(2018, 3, 3);

    [Theory]
    [InlineData("يعود الإيطاليون الأحد إلى صناديق الاقتراع لانتخاب برلمان جديد")]
    [InlineData("ويتوجه الناخبون المكسيكيون، الأحد، إلى صناديق الاقتراع")]
    [InlineData("يلتقي الرئيس الفرنسي نظيره الأمريكي يوم الأحد في واشنطن")]
    public void A_present_verb_puts_the_next_weekday_tomorrow(string sentence)
        => Assert.Equal("2018-03-04", Recognizer.Recognize(sentence, Ref)[^1].Value[..10]);

    [Theory]
    [InlineData("وقالت المتحدثة إن الهجوم وقع يوم الأحد في البلدة")]
    [InlineData("ولم يعلن الجيش الأحد عن أي خسائر")]
    [InlineData("وكان يوسف الأحد في منزله")]
    public void A_past_verb_or_no_present_verb_keeps_the_weekday_past(string sentence)
        => Assert.Equal("2018-02-25", Recognizer.Recognize(sentence, Ref)[^1].Value[..10]);
}
