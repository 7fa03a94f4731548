namespace Rasd.Tests.Events;

/// <summary>"منذ X": an ongoing happening runs from X to the report (from a duration ago, after a verb of something going on; not X a superlative compares with); a deal in force since X was made at X; an opening window ("الأسبوعين الأولين من …") lasts its length; a signed deal's date is its own.</summary>
public class SinceTimeTests
{
    [Theory]
    // an attack campaign since a month runs to the report (published 2024-03-14)
    [InlineData("وتواصل قوات النظام قصف مدينة جسر الشغور منذ أيار 2023.", "ASSAULT", "2023-05-01", "2024-03-14")]
    // a deal in force since a month was made in that month
    [InlineData("وتخضع المنطقة لاتفاق وقف إطلاق النار منذ أيار 2023.", "AGREE", "2023-05-01", "2023-05-31")]
    // the opening weeks of a campaign with a start date end after those weeks
    [InlineData("وقالت منظمة إغاثية إن 300 شخص قتلوا خلال الأسبوعين الأولين من الحملة العسكرية التي بدأت في 5 كانون الثاني 2024.", "ASSAULT", "2024-01-05", "2024-01-18")]
    // a duration that is no opening window leaves the campaign running to the report
    [InlineData("وقالت منظمة إغاثية إن 300 شخص قتلوا في الحملة العسكرية التي بدأت في 5 كانون الثاني 2024 واستمرت أسبوعين.", "ASSAULT", "2024-01-05", "2024-03-14")]
    // the opening months of a year end after those months
    [InlineData("قتل 500 مدني في غارات جوية في الأشهر الأربعة الأولى من العام 2023 بحسب منظمة حقوقية.", "ASSAULT", "2023-01-01", "2023-04-30")]
    // the date of a deal said to be made dates the deal, not the call to respect it (published 2024-03-14)
    [InlineData("ودعت الأمم المتحدة جميع الأطراف إلى احترام اتفاق وقف إطلاق النار الموقع في أيار 2022.", "AGREE", "2022-05-01", "2022-05-31")]
    [InlineData("ودعت الأمم المتحدة جميع الأطراف إلى احترام اتفاق وقف إطلاق النار الموقع في أيار 2022.", "REQUEST", "2024-03-14", "2024-03-14")]
    // "منذ" opening a clause whose date comes at its end: from that date to the report
    [InlineData("وقتل أكثر من 200 شخص منذ صعدت قوات النظام حملتها العسكرية على ريف حماة الشمالي في 2 شباط.", "ASSAULT", "2024-02-02", "2024-03-14")]
    // "منذ + duration" after a verb of something going on: from that long ago to the report
    [InlineData("وتحشد فصائل المعارضة منذ نحو أسبوعين تعزيزاتها في محيط مدينة سراقب.", "MOBILIZE", "2024-02-29", "2024-03-14")]
    [InlineData("وتتعرض البلدة لقصف مدفعي عنيف منذ قرابة شهر.", "ASSAULT", "2024-02-13", "2024-03-14")]
    // "منذ أسبوع" (a week ago) with a present-tense verb: what began then still goes on, to the report; with a past verb it is that day
    [InlineData("ومنذ أسبوع، يشن مقاتلو الفصائل هجمات على مواقع قوات النظام في ريف اللاذقية.", "ASSAULT", "2024-03-07", "2024-03-14")]
    [InlineData("ويحاصر الجيش منذ ثلاثة أيام بلدة الهبيط في ريف إدلب.", "COERCE", "2024-03-11", "2024-03-14")]
    [InlineData("وقتل قائد الفصيل منذ أسبوع في غارة على بلدة سرمدا.", "ASSAULT", "2024-03-07", "2024-03-07")]
    // "منذ يوم الأحد": since that weekday, not since "a day"
    [InlineData("وتجري الفصائل مفاوضات مع الوفد الروسي منذ يوم الأحد في مدينة درعا.", "CONSULT", "2024-03-10", "2024-03-14")]
    // what a superlative or a first time compares the event with is not its time: the report's day
    [InlineData("وشنت الطائرات الروسية أعنف غارات على مدينة إدلب منذ ثلاثة أشهر.", "ASSAULT", "2024-03-14", "2024-03-14")]
    [InlineData("وقصفت قوات النظام بلدة كنصفرة للمرة الأولى منذ عام 2020.", "ASSAULT", "2024-03-14", "2024-03-14")]
    // a tally over a span keeps it ("أكثر من" is no superlative)
    [InlineData("وقتل أكثر من 100 مدني منذ عام 2020 في غارات على بلدة كنصفرة.", "ASSAULT", "2020-01-01", "2024-03-14")]
    // "بدأته" (began it) before the start date, as "بدأ": an offensive still going on at the report
    [InlineData("وتقترب قوات النظام من السيطرة على المدينة بعد هجوم واسع بدأته في 5 شباط 2024.", "ASSAULT", "2024-02-05", "2024-03-14")]
    public void The_event_spans_the_interval_its_time_words_give(string text, string type, string begin, string end)
    {
        var record = EventTexts.Extract(text, "since");
        var ev = Assert.Single(record.Events, e => e.Type == type);
        Assert.Equal((begin, end), (ev.Time!.Begin, ev.Time.End));
    }
}
