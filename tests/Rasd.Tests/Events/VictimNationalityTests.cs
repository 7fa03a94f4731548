namespace Rasd.Tests.Events;

/// <summary>The nationality told right after the people an attack killed, or the side whose men it killed, names the side hit, not the attacker.</summary>
public class VictimNationalityTests
{
    [Theory]
    [InlineData("قتل أربعة جنود أتراك في هجوم بقذائف الهاون على موقع حدودي.", "TURMIL")]
    [InlineData("أعلن البنتاغون مقتل جنديين أمريكيين في انفجار عبوة ناسفة شرق الفرات.", "USAMIL")]
    // the dead "of the regime's militia", "of the Turkish army's soldiers": a word for its men may stand between the cue and the side
    [InlineData("9 قتلى من ميليشيا النظام السوري في قصف على مستودع للأسلحة قرب دمشق", "SYRMIL")]
    [InlineData("وسقط عشرات الجرحى من جنود الجيش التركي في هجوم على مواقعهم في عفرين.", "TURMIL")]
    // the side whose men were killed after the passive verb with its count or its "in them" ("قتل عدد من جنود الجيش")
    [InlineData("وقتل عدد من عناصر الجيش اللبناني في هجوم على نقطة حدودية قرب عرسال.", "LBNMIL")]
    [InlineData("وشن المسلحون هجوما على الحدود قتل خلاله عدد من جنود الجيش العراقي.", "IRQMIL")]
    public void Killed_soldiers_of_a_nationality_are_its_forces_hit(string text, string code)
    {
        var attack = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "ASSAULT");
        Assert.Contains(code, attack.Targets);
        Assert.DoesNotContain(code, attack.Actors);
    }
}
