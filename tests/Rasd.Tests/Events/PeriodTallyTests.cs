namespace Rasd.Tests.Events;

/// <summary>
/// A count told with a period of its own ("حيث قتل 200 مدني خلال عشرة أيام من القصف") beside the day's attack is the
/// period's tally: an event of its own over that period, not a figure of the day's attack.
/// </summary>
public class PeriodTallyTests
{
    [Fact]
    public void ThePeriodsTallyIsNotTheDaysAttack()
    {
        var record = EventTexts.Extract("شنت طائرات النظام ثلاث غارات على بلدة كفرنبل في ريف إدلب صباح الأربعاء، حيث قتل أكثر من 200 مدني خلال عشرة أيام من القصف.");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        var day = Assert.Single(attacks, e => e.Time?.Begin == "2024-03-13" && e.Time?.End == "2024-03-13");
        Assert.DoesNotContain(day.Figures, f => f.Value == 200);
        var tally = Assert.Single(attacks, e => e.Figures.Any(f => f.Role == "killed" && f.Value == 200));
        Assert.Equal("2024-03-04", tally.Time?.Begin);
        Assert.Equal("2024-03-14", tally.Time?.End);
        // the campaign of the day's attackers
        Assert.Contains("SYRMIL", tally.Actors);
    }

    [Fact]
    public void TheDaysDeadStayWithTheDaysAttack()
    {
        // the dead of the day itself, with no period of their own
        var record = EventTexts.Extract("شنت الطائرات الحربية غارات على بلدة كفرنبل في ريف إدلب صباح الأربعاء، ما أسفر عن مقتل 7 مدنيين.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(attack.Figures, f => f.Role == "killed" && f.Value == 7);
    }

    [Fact]
    public void APeriodBeforeTheCountIsTheDeedsOwn()
    {
        // "خلال قصف … طيلة الأسابيع الثلاثة الماضية، أسفر عن مقتل …": the campaign's weeks date the shelling whose dead are counted
        var record = EventTexts.Extract("وسيطرت قوات النظام على معظم البلدات خلال قصف جوي وبري طيلة الأسابيع الثلاثة الماضية، أسفر عن مقتل 90 مدنيا.");
        Assert.Single(record.Events, e => e.Type == "ASSAULT");
    }
}
