namespace Rasd.Tests.Events;

/// <summary>A nationality that tells where a weapon was made ("روسية الصنع", "من صنع إيراني") names no party to the event.</summary>
public class MadeInTests
{
    [Theory]
    [InlineData("شنت فصائل المعارضة هجوما بطائرات مسيرة روسية الصنع على مطار حماة العسكري.", "SYRREB", "RUS")]
    [InlineData("شنت قوات النظام هجوما بصواريخ صناعة إيرانية على بلدة اللطامنة في ريف حماة.", "SYRMIL", "IRN")]
    [InlineData("قصفت قوات النظام بلدة خان شيخون في ريف إدلب بالطائرات الحربية الروسية الصنع.", "SYRMIL", "RUS")]
    public void The_maker_of_the_weapon_is_no_party(string text, string actor, string maker)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Contains(actor, attack.Actors);
        Assert.DoesNotContain(attack.Actors.Concat(attack.Targets), code => code.StartsWith(maker, StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_told_only_by_its_weapons_maker_has_no_attacker()
    {
        var attack = Assert.Single(EventTexts.Extract("قتل 5 مدنيين في قصف بصواريخ إيرانية الصنع على بلدة اللطامنة في ريف حماة.").Events, e => e.Type == "ASSAULT");
        Assert.Empty(attack.Actors);
        Assert.Contains("SYRCVL", attack.Targets);
    }

    [Theory]
    [InlineData("قصفت الطائرات الحربية الروسية بلدة خان شيخون في ريف إدلب.", "RUSMIL")]
    [InlineData("شنت فصائل المعارضة هجوما على مواقع روسية قرب مطار حماة العسكري.", "RUSMIL")]
    public void A_nationality_without_a_maker_word_still_names_the_side(string text, string code)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Contains(code, attack.Actors.Concat(attack.Targets));
    }
}
