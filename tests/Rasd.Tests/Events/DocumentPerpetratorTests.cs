namespace Rasd.Tests.Events;

/// <summary>Attacks told without their attacker belong to the report's only named perpetrator, and to nobody when there are several.</summary>
public class DocumentPerpetratorTests
{
    [Fact]
    public void An_unnamed_strike_in_a_one_perpetrator_report_is_theirs()
    {
        const string text = "شنت طائرات التحالف غارات على بلدة الباغوز في ريف دير الزور يوم الاثنين. "
            + "وشنت طائرات التحالف غارات أخرى على مدينة هجين يوم الثلاثاء. "
            + "وأسفرت ضربة ثالثة يوم الأربعاء عن مقتل أربعة مدنيين في بلدة الشعفة.";
        var attacks = EventTexts.Extract(text, "one").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(3, attacks.Count);
        Assert.All(attacks, a => Assert.Equal(["USAMIL"], a.Actors));
    }

    [Fact]
    public void With_two_perpetrators_an_unnamed_strike_stays_unattributed()
    {
        const string text = "شنت طائرات التحالف غارات على بلدة الباغوز في ريف دير الزور يوم الاثنين. "
            + "وقصفت قوات النظام مدينة الميادين يوم الثلاثاء. "
            + "وأسفرت ضربة ثالثة يوم الأربعاء عن مقتل أربعة مدنيين في بلدة الشعفة.";
        var attacks = EventTexts.Extract(text, "two").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(3, attacks.Count);
        Assert.Contains(attacks, a => a.Actors.Count == 0);
    }
}
