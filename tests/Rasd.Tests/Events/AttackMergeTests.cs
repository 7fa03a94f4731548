namespace Rasd.Tests.Events;

/// <summary>One attack told as "الهجوم الكيماوي" in a condemnation, "هجوم" in a report and "غاز سام" in a toll is one event.</summary>
public class AttackMergeTests
{
    // published 2024-03-14, a Thursday
    private const string Condemned = "أدانت الأردن الهجوم الكيماوي على بلدة اللطامنة في ريف حماة، الخميس. "
        + "وأفاد ناشطون بوقوع هجوم عنيف على اللطامنة يوم الثلاثاء. "
        + "وقال مسعفون إن 12 شخصاً قتلوا جراء استنشاق غاز سام في اللطامنة الثلاثاء.";

    [Fact]
    public void A_condemned_attack_is_dated_by_the_report_of_it_not_by_the_condemnation()
    {
        var attacks = EventTexts.Extract(Condemned, "condemned").Events.Where(e => e.Type == "ASSAULT").ToList();
        var attack = Assert.Single(attacks);
        Assert.Equal("2024-03-12", attack.Time?.Begin);
        Assert.Equal("chemical", attack.AttackMode);
    }

    [Fact]
    public void The_condemnation_keeps_its_own_day()
    {
        var accuse = EventTexts.Extract(Condemned, "condemned").Events.Single(e => e.Type == "ACCUSE");
        Assert.Equal("2024-03-14", accuse.Time?.Begin);
    }

    [Fact]
    public void A_plain_attack_on_another_day_stays_apart()
    {
        const string text = "قتل 12 شخصاً جراء استنشاق غاز سام في بلدة اللطامنة في ريف حماة يوم الثلاثاء. "
            + "وأفاد ناشطون بوقوع هجوم عنيف آخر على اللطامنة يوم الأربعاء.";
        var attacks = EventTexts.Extract(text, "apart").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
    }

    [Fact]
    public void A_campaign_since_a_day_is_the_campaign_told_with_that_start_and_its_end()
    {
        const string text = "وقالت منظمة حقوقية إن الغارات الجوية على الغوطة الشرقية استمرت من 19 شباط/فبراير إلى 10 آذار/مارس 2024. "
            + "وأكد التقرير أن طائرات النظام نفذت 900 غارة جوية على الغوطة الشرقية منذ انطلاق العملية العسكرية في 19 شباط/فبراير.";
        var attack = Assert.Single(EventTexts.Extract(text, "campaign").Events, e => e.Type == "ASSAULT");
        Assert.Equal(("2024-02-19", "2024-03-10"), (attack.Time!.Begin, attack.Time.End));
    }

    [Fact]
    public void Strikes_and_shelling_told_together_are_one_campaign()
    {
        const string text = "وارتفعت حصيلة الغارات والقصف المدفعي على مدينة دوما في ريف دمشق إلى 50 قتيلاً من المدنيين.";
        Assert.Single(EventTexts.Extract(text, "campaign").Events, e => e.Type == "ASSAULT");
    }
    // "الهجوم" with no place of its own, on the days of an attack told with its place, is that attack told again
    [Fact]
    public void A_definite_attack_with_no_place_on_the_same_days_is_the_placed_one()
    {
        const string text = "قصفت مدفعية الجيش عام 2019 مواقع للمسلحين في بلدة كفرنبل بريف إدلب. "
            + "وقال المتحدث العسكري إن الهجوم في 2019 كان ردا على خرق الهدنة.";
        var attacks = EventTexts.Extract(text, "unplaced").Events.Where(e => e.Type == "ASSAULT").ToList();
        var attack = Assert.Single(attacks);
        Assert.Contains("SY07", attack.Places);
    }

    // another attacker's attack on those days is another attack
    [Fact]
    public void A_definite_attack_by_another_attacker_stays_apart()
    {
        const string text = "قصفت مدفعية الجيش السوري عام 2019 مواقع للمسلحين في بلدة كفرنبل بريف إدلب. "
            + "ونفذت القوات التركية الهجوم على القاعدة في 2019.";
        var attacks = EventTexts.Extract(text, "unplaced-other").Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
    }
}
