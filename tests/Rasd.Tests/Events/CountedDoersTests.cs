namespace Rasd.Tests.Events;

/// <summary>
/// A report that counts one kind of deed by several named doers in one sentence ("اعتقلت قوات النظام 30 …، فيما اعتقل تنظيم
/// داعش 12 …") tells one deed per doer, each with its own count, even when the doers share a code.
/// </summary>
public class CountedDoersTests
{
    [Fact]
    public void EachDoerKeepsItsOwnCount()
    {
        var record = EventTexts.Extract("وقال التقرير إن قوات النظام اعتقلت 30 شخصا في حمص خلال الشهر الماضي، فيما اعتقل تنظيم داعش 12 شخصا بينهم امرأتان، واعتقلت جبهة النصرة 9 أشخاص في إدلب.");
        var arrests = record.Events.Where(e => e.Type == "COERCE").ToList();
        Assert.Equal(3, arrests.Count);
        foreach (var value in new[] { 30, 12, 9 })
            Assert.Single(arrests, e => e.Figures.Any(f => f.Role == "arrested" && f.Group == "all" && f.Value == value));
        var isis = Assert.Single(arrests, e => e.Figures.Any(f => f.Value == 12));
        Assert.Contains(isis.Figures, f => f.Group == "women" && f.Value == 2);
        Assert.Contains("SYRREB", isis.Actors);
        Assert.DoesNotContain(isis.Figures, f => f.Value == 30 || f.Value == 9);
    }

    [Fact]
    public void OneDoerCountedTwiceStaysOneDeed()
    {
        // the second verb has no doer of its own: the same campaign told with a second count
        var record = EventTexts.Extract("اعتقلت قوات النظام 30 شخصا في حمص الأسبوع الماضي، واعتقلت 12 آخرين في حماة.");
        Assert.Single(record.Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void TheSamePeriodIsTheTallyBefore()
    {
        // "خلال نفس الفترة": the month told in the sentence before, not the report's day
        var record = EventTexts.Extract("وثقت الشبكة اعتقال 40 شخصا في حلب خلال شباط الماضي. كما اعتقل تنظيم داعش 15 شخصا خلال نفس الفترة في الرقة.");
        var isis = Assert.Single(record.Events, e => e.Type == "COERCE" && e.Figures.Any(f => f.Value == 15));
        Assert.Equal("2024-02-01", isis.Time?.Begin);
        Assert.Equal("2024-02-29", isis.Time?.End);
    }

    [Fact]
    public void ANounWithItsDoerIsNoClauseOfItsOwn()
    {
        // "في قصف لقوات النظام" names who shelled inside a phrase: the dead counted before it are that shelling's
        var record = EventTexts.Extract("وتتواصل المعارك بعد مقتل 12 مدنيا في قصف لقوات النظام على بلدة في ريف حلب، ما رفع حصيلة القتلى إلى 40 مدنيا.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT" && e.Figures.Any(f => f.Value == 12));
        Assert.Contains("SYRMIL", attack.Actors);
    }
}
