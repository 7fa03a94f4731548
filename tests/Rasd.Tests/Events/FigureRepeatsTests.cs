namespace Rasd.Tests.Events;

/// <summary>
/// A count told again (title and body) is listed once, but the same number in breakdowns of two different totals of one
/// group ("بينهم امرأتان" among 30 and among 17 arrested) is two counts and both are kept.
/// </summary>
public class FigureRepeatsTests
{
    [Fact]
    public void BreakdownsOfDifferentTotalsAreTwoCounts()
    {
        var record = EventTexts.Extract("واعتقلت قوات الأمن 30 شخصا في حمص الأسبوع الماضي، بينهم امرأتان، فيما اعتقل مسلحون 17 شخصا في ريف حماة، بينهم امرأتان.");
        var women = record.Events.SelectMany(e => e.Figures).Where(f => f.Role == "arrested" && f.Group == "women" && f.Value == 2).ToList();
        Assert.Equal(2, women.Count);
    }

    [Fact]
    public void ABreakdownToldAgainWithItsTotalIsOneCount()
    {
        var record = EventTexts.Extract("مقتل 12 مدنيا بينهم 5 أطفال في قصف على إدلب\n\nقتل 12 مدنيا بينهم 5 أطفال أمس في قصف مدفعي على مدينة إدلب.");
        Assert.Single(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed" && f.Group == "children" && f.Value == 5);
    }

    [Fact]
    public void ABreakdownToldUnderAnotherGroupsTotalIsOneCount()
    {
        // the title counts the children among all the dead, the body among the civilians: one count of children
        var record = EventTexts.Extract("مقتل 20 شخصا بينهم 6 أطفال في غارات على ريف دمشق\n\nوقالت مصادر إن الغارات قتلت 15 مدنيا بينهم 6 أطفال وخمسة مقاتلين في بلدة دوما.");
        Assert.Single(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed" && f.Group == "children" && f.Value == 6);
    }
}
