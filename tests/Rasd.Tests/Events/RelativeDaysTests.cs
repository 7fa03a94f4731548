namespace Rasd.Tests.Events;

/// <summary>"غداة X" dates X the day before its clause's day, "عشية X" the day after, "بعد يومين من X" two days before, unless X has a time of its own (published 2024-03-14, a Thursday).</summary>
public class RelativeDaysTests
{
    [Theory]
    [InlineData("أعلن الجيش السوري الثلاثاء السيطرة على بلدة كفرنبل في ريف إدلب، غداة هجوم واسع شنته قواته على البلدة.", "ASSAULT", "2024-03-11")]
    [InlineData("وصل المبعوث الأممي إلى دمشق يوم الأحد عشية اجتماع مع وزير الخارجية السوري.", "CONSULT", "2024-03-11")]
    [InlineData("أعلن الجيش الأربعاء السيطرة على كفرنبل في ريف إدلب غداة هجوم الثلاثاء على البلدة.", "ASSAULT", "2024-03-12")]
    // a span of days between the clause and the event noun, the noun brought by an announcement or right after the span
    [InlineData("وقالت الوزارة إن الاشتباك وقع يوم الأربعاء بعد يومين من إعلان الرئيس الفرنسي الانسحاب من المعاهدة.", "REJECT", "2024-03-11")]
    [InlineData("وجاءت تصريحات الوزير يوم الثلاثاء بعد أربعة أيام على تفجير انتحاري في سوق المدينة.", "ASSAULT", "2024-03-08")]
    [InlineData("وصل الوفد إلى أنقرة يوم الاثنين قبل ثلاثة أيام من اجتماع وزراء الخارجية.", "CONSULT", "2024-03-14")]
    [InlineData("أعلنت الفصائل الأربعاء رفضها البنود غداة إعلان الجيش الهدنة في المدينة.", "AGREE", "2024-03-12")]
    // a date later in the noun's own phrase, nothing parting them, is the event's own
    [InlineData("وأعلن الجيش السيطرة على البلدة اليوم غداة المجزرة التي ارتكبتها الميليشيات أول من أمس في القرية المجاورة.", "ASSAULT", "2024-03-12")]
    public void The_event_is_dated_from_its_clause_day(string text, string type, string day)
    {
        var ev = EventTexts.Extract(text, "relative-days").Events.First(e => e.Type == type);
        Assert.Equal(day, ev.Time?.Begin);
        Assert.Equal(day, ev.Time?.End);
    }

    // a lasting thing counted in days is not moved ("بعد يومين من القصف": after two days of it), nor is a span of hours or of
    // "أيام" (how many is not said); the strike then keeps its clause's day
    [Theory]
    [InlineData("وسيطرت القوات على البلدة يوم الأربعاء بعد يومين من القصف المتواصل على أحيائها.")]
    [InlineData("وسيطرت القوات على البلدة يوم الأربعاء بعد ساعات من الهجوم على أحيائها.")]
    [InlineData("وسيطرت القوات على البلدة يوم الأربعاء بعد أيام من الهجوم على أحيائها.")]
    public void Hours_vague_spans_and_lasting_things_keep_the_clause_day(string text)
    {
        var ev = EventTexts.Extract(text, "relative-days").Events.First(e => e.Type == "ASSAULT");
        Assert.Equal("2024-03-13", ev.Time?.Begin);
    }

    [Fact]
    public void A_noun_dated_days_away_is_a_second_happening_of_its_type()
    {
        var record = EventTexts.Extract("وقصفت الطائرات البلدة يوم الأربعاء بعد ثلاثة أيام على هجوم انتحاري في المدينة.", "relative-days");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Time?.Begin).OrderBy(d => d).ToList();
        Assert.Equal(["2024-03-10", "2024-03-13"], attacks);
    }
}
