namespace Rasd.Tests.Events;

/// <summary>An attack told after a comma as the cause of casualties in earlier coordinated clauses ("قتل …، وأصيب …، في غارة") takes their day.</summary>
public class CauseClauseTimeTests
{
    [Fact]
    public void An_attack_after_a_comma_takes_the_day_of_the_casualties_before_it()
    {
        // published Thursday 2024-03-14; "يوم الاثنين" is 2024-03-11
        const string text = "وكان عشرة أشخاص قد قتلوا يوم الاثنين، وجرح خمسة آخرون، في قصف مدفعي على بلدة كفرنبل بريف إدلب.";
        var attack = Assert.Single(EventTexts.Extract(text, "cause").Events, e => e.Type == "ASSAULT");
        Assert.Equal("2024-03-11", attack.Time?.Begin);
    }

    [Fact]
    public void A_coordinated_clause_of_another_kind_keeps_its_own_time()
    {
        // the call is the publication's news, not the day of the shelling told in the first clause
        const string text = "قصفت قوات النظام بلدة كفرنبل يوم الاثنين، ودعت فرنسا إلى وقف فوري لإطلاق النار.";
        var call = Assert.Single(EventTexts.Extract(text, "other").Events, e => e.Type == "REQUEST");
        Assert.NotEqual("2024-03-11", call.Time?.Begin);
    }
}
