namespace Rasd.Tests.Events;

/// <summary>
/// A headline's attack that no body mention joined is the body's attack of its place ("هجمات حلب" over "قصفت الطائرات حلب");
/// an attack told as possibly occurring ("لمنع وقوع هجمات أخرى", "في حال التأكد من وقوع هجوم") beside the done one is that attack.
/// </summary>
public class AttackEchoMergeTests
{
    [Fact]
    public void A_headline_attack_is_the_body_shelling_of_its_place()
    {
        var record = EventTexts.Extract("باريس تدين هجمات حلب\n\nقصفت قوات النظام أحياء حلب الشرقية بالمدفعية يوم الأربعاء، ما أدى إلى مقتل 12 مدنيا.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("SY02", attack.Places);
    }

    [Fact]
    public void An_attack_feared_to_recur_is_the_attack_told_as_done()
    {
        var record = EventTexts.Extract("كفرنبل\n\nقصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأربعاء بغازات سامة، ما أدى إلى مقتل سبعة مدنيين. ودعت فرنسا إلى رد دولي في حال التأكد من وقوع هجوم كيماوي على البلدة، وإلى التحرك لمنع وقوع المزيد من الهجمات في إدلب.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal("actual", attack.Mode);
    }

    [Fact]
    public void A_new_offensive_prepared_elsewhere_stays_its_own_event()
    {
        var record = EventTexts.Extract("قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأربعاء. وقال مصدر عسكري إن القوات تستعد لبدء عملية عسكرية في ريف حماة.");
        Assert.Equal(2, record.Events.Count(e => e.Type == "ASSAULT"));
    }
}
