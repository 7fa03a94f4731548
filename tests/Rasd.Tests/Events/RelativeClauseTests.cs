namespace Rasd.Tests.Events;

/// <summary>"، والذي عقد في …": a relative clause with a verb of holding gives the meeting before it its venue and day.</summary>
public class RelativeClauseTests
{
    [Fact]
    public void AHeldClauseGivesTheMeetingItsVenueAndDay()
    {
        var record = EventTexts.Extract("وتحدث المبعوث أمام الوفود المشاركة في المؤتمر الإقليمي للاجئين، والذي عقد في عمان يوم 3 آذار الجاري.");
        var e = Assert.Single(record.Events, e => e.Type == "CONSULT");
        Assert.Contains("JOR", e.Places);
        Assert.Equal("2024-03-03", e.Time?.Begin);
    }

    [Fact]
    public void AnotherRelativeClauseStillOpensItsOwnClause()
    {
        // "والتي تسيطر عليها …" describes the town, not the meeting: its names stay out of the talks
        var record = EventTexts.Extract("وبحث الوزيران في أنقرة الوضع في مدينة منبج، والتي تسيطر عليها وحدات حماية الشعب منذ عام 2016.");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT" && e.Time?.Begin == "2016-01-01");
    }
}
