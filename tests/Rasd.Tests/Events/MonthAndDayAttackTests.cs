namespace Rasd.Tests.Events;

/// <summary>One attack told once by its month ("الشهر الماضي") and once by its day in the same place is one event; a month of raids beside it is not.</summary>
public class MonthAndDayAttackTests
{
    // published 2024-03-14: "الشهر الماضي" is February 2024
    [Fact]
    public void An_attack_dated_by_its_month_is_the_one_dated_by_its_day()
    {
        const string text = "وتنتظر اللجنة نتائج التحقيق في هجوم استهدف بلدة كفرزيتا في ريف حماة الشهر الماضي. "
            + "وكان مسعفون قد أفادوا بمقتل 12 شخصا في هجوم على بلدة كفرزيتا وقع في الخامس من شباط.";
        var attacks = EventTexts.Extract(text, "month-day").Events.Where(e => e.Type == "ASSAULT").ToList();
        var attack = Assert.Single(attacks);
        Assert.Equal("2024-02-05", attack.Time?.Begin);
    }

    [Fact]
    public void A_month_of_raids_stays_beside_the_attack_of_one_day()
    {
        const string text = "وشنت الطائرات الحربية غارات على بلدة كفرزيتا في ريف حماة الشهر الماضي. "
            + "وأفاد مسعفون بمقتل 12 شخصا في هجوم على بلدة كفرزيتا وقع في الخامس من شباط.";
        var attacks = EventTexts.Extract(text, "raids-day").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
    }
}
