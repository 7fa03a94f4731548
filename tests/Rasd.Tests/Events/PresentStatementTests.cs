namespace Rasd.Tests.Events;

/// <summary>
/// An accusation, denial or demand told in the present tense is still made when the report is written (2024-03-14 here): an
/// old date in its clause dates the deed it speaks of, unless the date is the day the words were said or a document's.
/// </summary>
public class PresentStatementTests
{
    private static Records.EventRecord Single(string text, string type) => Assert.Single(EventTexts.Extract(text).Events, e => e.Type == type);

    [Fact]
    public void A_present_accusation_of_an_old_deed_is_made_now()
    {
        var accusation = Single("وتتهم أنقرة رجل الدين فتح الله غولن بتدبير محاولة الانقلاب في 15 يوليو 2016.", "ACCUSE");
        Assert.Equal("2024-03-14", accusation.Time?.Begin);
    }

    [Fact]
    public void A_present_denial_after_an_old_date_is_made_now()
    {
        var denial = Single("وقطعت الدول الأربع علاقاتها مع قطر في الخامس من حزيران/يونيو 2017 متهمة إياها بدعم الإرهاب، وهو ما تنفيه الدوحة.", "REJECT");
        Assert.Equal("2024-03-14", denial.Time?.Begin);
    }

    [Fact]
    public void A_past_verb_keeps_its_date() =>
        Assert.Equal("2016-07-15", Single("واتهمت أنقرة غولن في 15 يوليو 2016 بتدبير محاولة الانقلاب.", "ACCUSE").Time?.Begin);

    [Fact]
    public void The_day_the_words_were_said_dates_them() =>
        Assert.Equal("2016-12-01", Single("وقالت المتحدثة باسم النائبة في ديسمبر 2016 إن النائبة ترفض جميع أشكال العنصرية.", "REJECT").Time?.Begin);

    [Fact]
    public void What_a_document_says_is_dated_with_the_document() =>
        Assert.Equal("2017-12-01", Single("واعتمدت الجمعية العامة للأمم المتحدة في ديسمبر 2017 قرارا يندد بالخطوة الأمريكية.", "ACCUSE").Time?.Begin);

    [Fact]
    public void A_demand_made_since_a_year_runs_from_it() =>
        Assert.Equal("1949-01-01", Single("وتطالب بكين بالجزيرة منذ عام 1949.", "REQUEST").Time?.Begin);
}
