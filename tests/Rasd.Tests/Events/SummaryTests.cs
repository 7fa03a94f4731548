namespace Rasd.Tests.Events;

/// <summary>The English summary names who did what, where, when, with the figures.</summary>
public class SummaryTests
{
    [Fact]
    public void A_capital_that_acts_is_named_as_its_country()
    {
        var record = EventTexts.Extract("وتهدد أنقرة بشن عملية عسكرية جديدة في منبج.");
        var threat = Assert.Single(record.Events, e => e.Type == "THREATEN");
        Assert.Contains("Turkey", threat.Summary);
        Assert.DoesNotContain("Ankara", threat.Summary);
    }

    [Fact]
    public void An_attack_summary_carries_actor_place_and_toll()
    {
        var record = EventTexts.Extract("قُتل خمسة مدنيين بينهم طفلان جراء غارات شنتها الطائرات الحربية الروسية على مدينة أريحا أمس الأربعاء.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("Russia", attack.Summary);
        Assert.Contains("Ariha", attack.Summary);
        Assert.Contains("13 March 2024", attack.Summary);
        Assert.Contains("5", attack.Summary);
    }

    // a generic actor phrase is named by its short English name, never by the notes kept beside it in data/actors.tsv
    [Theory]
    [InlineData("ودعت المنظمة إلى إدخال المساعدات الإنسانية إلى مخيمات اللاجئين في عرسال.", "refugees and the displaced")]
    // a state's forces the article names by no entity of their own are named by the country, never by its code ("RUS forces")
    [InlineData("وقال المتحدث إن الروس قصفوا مواقع الفصائل في ريف حماة.", "Russia forces")]
    [InlineData("موسكو، روسيا (CNN) -- نقلت وكالة نوفوستي عن الوزير تشكيكه في التقارير حول مقتل عدد من الروس بضربات عسكرية أمريكية في سوريا مطلع فبراير.", "Russia forces")]
    public void A_generic_actor_is_named_by_its_short_name(string text, string name)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Summary?.Contains(name, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(record.Events, e => e.Summary is { } s && (s.Replace("(source: RIA Novosti)", "", StringComparison.Ordinal).Contains('(') || s.Contains(';')
            || s.Contains("RUS ", StringComparison.Ordinal) || s.Contains("Moscow forces", StringComparison.Ordinal)));
    }
}
