namespace Rasd.Tests.Events;

/// <summary>"غارات في 3 و9 و20 شباط": an event told with a list of dates spans from the first to the last.</summary>
public class DateListTests
{
    [Fact]
    public void A_list_of_days_spans_first_to_last()
    {
        var record = EventTexts.Extract("وأسفرت غارات جوية في 3 شباط/فبراير و9 شباط/فبراير و20 شباط/فبراير 2024 عن مقتل سبعة مدنيين في ريف إدلب.", "list");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2024-02-03", "2024-02-20"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void A_lone_day_stays_one_day()
    {
        var record = EventTexts.Extract("وقتل مدنيان في غارة جوية على ريف إدلب في 3 شباط/فبراير، وفق الدفاع المدني، الذي قال في 9 شباط/فبراير إن الحصيلة قد ترتفع.", "lone");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2024-02-03", "2024-02-03"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void Two_months_told_as_alternatives_span_both()
    {
        var record = EventTexts.Extract("ومن المقرر أن يزور وزير الخارجية الروسي أنقرة في أيلول أو تشرين الأول المقبلين.", "either");
        var visit = Assert.Single(record.Events, e => e.Type == "CONSULT");
        Assert.Equal(("2024-09-01", "2024-10-31"), (visit.Time!.Begin, visit.Time.End));
    }
}
