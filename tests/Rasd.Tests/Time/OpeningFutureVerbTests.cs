using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>A future verb that opens the sentence puts a bare weekday at its end in the coming week, past a long subject, a parenthesis and an object.</summary>
public sealed class OpeningFutureVerbTests
{
    private static readonly TimexRecognizer Recognizer = new();

    // a Wednesday
    private static readonly DateOnly Ref = new(2021, 11, 10);

    [Theory]
    [InlineData("وصل الوفد أمس. وسيلتقي وزير الخارجية الفرنسي، البالغ من العمر 60 عاما، الرئيس السوري بشار الأسد بعد ظهر الاثنين.", "2021-11-15")]
    [InlineData("وصل الوفد أمس. وسيزور رئيس الوزراء الياباني شينزو آبي العاصمة الإيرانية طهران يوم الخميس برفقة وفد", "2021-11-11")]
    [InlineData("سيستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في مدينة سوتشي الاثنين", "2021-11-15")]
    public void A_weekday_at_the_end_of_a_sentence_opened_by_a_future_verb_is_the_coming_one(string sentence, string value)
        => Assert.Equal(value, Recognizer.Recognize(sentence, Ref)[^1].Value[..10]);

    [Theory]
    // the weekday belongs to a clause of its own, opened by a relative pronoun or "أن"
    [InlineData("سيبحث مجلس الأمن الدولي الهجوم الكيماوي الذي شنته الطائرات على البلدة الخميس", "2021-11-04")]
    [InlineData("ستنظر المحكمة العليا في دعوى تقول إن الشرطة اعتقلت الصحفي في منزله الخميس", "2021-11-04")]
    // a past verb opens the sentence
    [InlineData("التقى وزير الخارجية الفرنسي، البالغ من العمر 60 عاما، الرئيس السوري بشار الأسد بعد ظهر الاثنين", "2021-11-08")]
    public void A_weekday_outside_the_opening_future_clause_is_the_last_one(string sentence, string value)
        => Assert.Equal(value, Recognizer.Recognize(sentence, Ref)[^1].Value[..10]);
}
