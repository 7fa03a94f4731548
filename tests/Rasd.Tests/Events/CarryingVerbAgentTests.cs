namespace Rasd.Tests.Events;

/// <summary>
/// The subject of a verb that carries an attack noun — waging, beginning, resuming, continuing it ("تخوض"، "بدأت"، "استأنفت") or
/// launching it after "قد" ("وكانت بريطانيا وفرنسا قد شنت ضربات") — is the attacker, with the names coordinated with it.
/// </summary>
public class CarryingVerbAgentTests
{
    [Fact]
    public void A_state_that_wages_battles_is_their_force()
    {
        const string text = "وتخوض تركيا منذ أسابيع معارك عنيفة مع المقاتلين الأكراد في منطقة عفرين.";
        var attack = Assert.Single(EventTexts.Extract(text, "wages").Events, e => e.Type == "ASSAULT");
        Assert.Contains("TURMIL", attack.Actors);
    }

    [Fact]
    public void States_coordinated_before_qad_and_the_verb_are_the_strikers()
    {
        const string text = "وكانت بريطانيا وفرنسا قد شنت ضربات على مواقع عسكرية قرب حمص.";
        var attack = Assert.Single(EventTexts.Extract(text, "qad").Events, e => e.Type == "ASSAULT");
        Assert.Equal(["GBRMIL", "FRAMIL"], attack.Actors);
    }

    [Fact]
    public void A_capital_that_begins_its_offensive_is_its_army_and_no_place_of_it()
    {
        const string text = "بدأت أنقرة هجومها على عفرين في كانون الثاني الماضي.";
        var attack = Assert.Single(EventTexts.Extract(text, "begins").Events, e => e.Type == "ASSAULT");
        Assert.Equal(["TURMIL"], attack.Actors);
        Assert.Equal(["SY02"], attack.Places);
    }

    [Fact]
    public void A_state_that_resumes_strikes_is_their_force()
    {
        const string text = "واستأنفت روسيا، مساء الأحد، غاراتها على ريف إدلب الجنوبي بعد توقف دام أسبوعا.";
        var attack = Assert.Single(EventTexts.Extract(text, "resumes").Events, e => e.Type == "ASSAULT");
        Assert.Contains("RUSMIL", attack.Actors);
    }
}
