namespace Rasd.Tests.Events;

/// <summary>"غداة X" dates X the day before its clause's day, "عشية X" the day after, unless X has a time of its own (published 2024-03-14, a Thursday).</summary>
public class RelativeDaysTests
{
    [Theory]
    [InlineData("أعلن الجيش السوري الثلاثاء السيطرة على بلدة كفرنبل في ريف إدلب، غداة هجوم واسع شنته قواته على البلدة.", "ASSAULT", "2024-03-11")]
    [InlineData("وصل المبعوث الأممي إلى دمشق يوم الأحد عشية اجتماع مع وزير الخارجية السوري.", "CONSULT", "2024-03-11")]
    [InlineData("أعلن الجيش الأربعاء السيطرة على كفرنبل في ريف إدلب غداة هجوم الثلاثاء على البلدة.", "ASSAULT", "2024-03-12")]
    public void The_event_is_dated_from_its_clause_day(string text, string type, string day)
    {
        var ev = EventTexts.Extract(text, "relative-days").Events.First(e => e.Type == type);
        Assert.Equal(day, ev.Time?.Begin);
        Assert.Equal(day, ev.Time?.End);
    }
}
