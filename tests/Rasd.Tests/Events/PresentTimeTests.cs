namespace Rasd.Tests.Events;

/// <summary>"حاليا", "في الوقت الراهن": a happening told in the present is dated the report's day, not the day an earlier sentence names.</summary>
public class PresentTimeTests
{
    [Theory]
    [InlineData("قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الاثنين الماضي. وتدور اشتباكات حاليا بين الطرفين على أطراف مدينة معرة النعمان.")]
    [InlineData("أغارت طائرات حربية على مدينة الباب في ريف حلب يوم السبت. وتجري في الوقت الراهن معارك عنيفة في محيط المدينة بين الفصائل وتنظيم الدولة.")]
    public void PresentFightingIsDatedTheReportDay(string text)
    {
        var record = EventTexts.Extract(text, "present");
        // published Thursday 2024-03-14; the earlier sentence names Monday 11 or Saturday 9 March
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Time is { Begin: "2024-03-14", End: "2024-03-14" });
    }

    [Fact]
    public void A_meeting_told_with_then_is_dated_to_the_year_named_before()
    {
        var record = EventTexts.Extract("أرسلت روسيا قواتها إلى سوريا عام 2015، واجتمع الرئيس الروسي آنذاك مع رئيس الوزراء الإسرائيلي في موسكو.", "then");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Time is { Begin: "2015-01-01", End: "2015-12-31" });
    }

    [Fact]
    public void A_date_told_outright_beats_a_then_word_in_the_same_clause()
    {
        // "آنذاك" points back to October; the attack's own date is told in its clause
        var record = EventTexts.Extract("وفي تشرين الأول، خلص المحققون إلى أن الطائرات الحربية قصفت بلدة كانت تحت سيطرة المعارضة آنذاك في هجوم وقع في نيسان 2017.", "then-date");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Time is { Begin: "2017-04-01", End: "2017-04-30" });
    }

    [Fact]
    public void A_raid_told_with_then_stays_apart_from_the_undated_raid_of_the_headline()
    {
        var record = EventTexts.Extract("غارات إسرائيلية على ريف دمشق\n\nقالت مصادر محلية إن طائرات إسرائيلية شنت غارات على ريف دمشق. وكان التوتر قد تصاعد في أيار 2023. وشنت الطائرات الإسرائيلية وقتها غارات على ريف دمشق.", "then-apart");
        var raids = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Contains(raids, e => e.Time is { Begin: "2023-05-01", End: "2023-05-31" });
        Assert.Contains(raids, e => e.Time is { Begin: "2024-03-14", End: "2024-03-14" });
    }
}
