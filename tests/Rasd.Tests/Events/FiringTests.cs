namespace Rasd.Tests.Events;

/// <summary>
/// Firing rockets, shells or shots at someone ("أطلقت الجماعة صواريخ على …", "إطلاق النار على دورية") is an attack; "أطلق"
/// without what is fired ("أطلقت الوزارة حملة", "إطلاق سراح"), the adverb "إطلاقا", "على الإطلاق", launchers and the rest
/// of a ceasefire ("وقفا دائما لإطلاق نار") are not.
/// </summary>
public class FiringTests
{
    [Theory]
    [InlineData("وأطلقت الميليشيا صواريخ على مواقع للجيش اللبناني قرب الحدود.")]
    [InlineData("وأطلق مسلحون النار على دورية للشرطة في مدينة درعا صباح الأربعاء.")]
    [InlineData("وقالت الشرطة إن إطلاق قذائف على البلدة أوقع جرحى بين السكان.")]
    [InlineData("وتطلق الفصائل قذائف الهاون على الأحياء الغربية منذ أيام.")]
    public void FiringIsAnAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("وأطلقت وزارة الصحة حملة تلقيح في مدينة حمص يوم الأحد.")]
    [InlineData("وأعلنت الحكومة إطلاق سراح 40 معتقلا من سجن في حماة.")]
    [InlineData("وقال وزير الخارجية السوري إن دمشق لن تتنازل عن الجولان إطلاقا.")]
    [InlineData("وقال الوزير التركي إن الجيش لن يغادر مدينة عفرين على الإطلاق.")]
    [InlineData("وطالبت فرنسا بوقف دائم وشامل لإطلاق نار في محافظة إدلب.")]
    [InlineData("ودعت ألمانيا إلى وقف إطلاق نار في مدينة حلب.")]
    [InlineData("وعثرت الشرطة الأردنية على منصات إطلاق صواريخ في مزرعة قرب مدينة إربد.")]
    public void LaunchingOtherThingsIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }
    // the state a fired weapon is sent towards or falls in is what the attack hits (its bare code, a state's land), never its
    // maker; the place it was fired from is neither; an air defence that intercepts it is no attacker
    // (data/fired_weapons.tsv, src/Rasd/Events/FiredWeapon.cs)
    [Theory]
    [InlineData("وأطلق الحوثيون في اليمن صاروخا بالستيا على السعودية.", "SAU", "YEMREB")]
    [InlineData("وأطلق الحوثيون صاروخا باليستيا باتجاه مدينة جازان جنوب السعودية.", "SAU", "YEMREB")]
    [InlineData("واستهدف الحوثيون الرياض بصاروخ باليستي.", "SAU", "YEMREB")]
    [InlineData("وسقطت قذيفتان أطلقتا من سوريا في شمال إسرائيل.", "ISR", null)]
    [InlineData("وقال الجيش: ردا على إطلاق صاروخين من سوريا على إسرائيل، دمرنا المنصة.", "ISR", null)]
    [InlineData("وأضاف أن القوات الإيرانية الموجودة في سوريا أطلقت 32 صاروخا باتجاه إسرائيل.", "ISR", "IRNMIL")]
    public void StateFiredAtIsTheTarget(string text, string target, string? actor)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal([target], attack.Targets);
        Assert.DoesNotContain(attack.Actors, a => a.StartsWith(target, StringComparison.Ordinal));
        // (the place it came from is no party: "من سوريا" makes Syria neither target nor attacker)
        Assert.DoesNotContain(attack.Actors, a => a.StartsWith("SYR", StringComparison.Ordinal));
        Assert.Contains(target, attack.Places);
        if (actor is not null) Assert.Contains(actor, attack.Actors);
    }

    [Theory]
    [InlineData("رصدت قوات الدفاع الجوي للتحالف إطلاق صاروخ باليستي من قبل الميليشيا الحوثية من داخل الأراضي اليمنية من محافظة صعدة باتجاه أراضي المملكة العربية السعودية.")]
    [InlineData("وأكد المتحدث أن قوات الدفاع الجوي السعودية اعترضت صاروخا استهدف الرياض.")]
    public void InterceptorIsNoAttacker(string text)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("SAUMIL", attack.Actors);
        Assert.Contains("SAU", attack.Targets);
    }

    // an attack told by its interception hits the intercepting side (its bare country code; Syria in its forces), whose air
    // defence or spokesman is never the attacker; the one who fired is named after the missile ("أطلقه الحوثيون")
    // (data/event_triggers.tsv, data/fired_weapons.tsv intercept_trigger, FiredWeapon.InterceptingSide)
    [Theory]
    [InlineData("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.", "SAU", "YEMREB")]
    [InlineData("وكانت الدفاعات الجوية السعودية قد اعترضت، مساء الخميس الماضي، صاروخا بالستيا أطلقته ميليشيات الحوثي باتجاه مدينة جازان.", "SAU", "YEMREB")]
    [InlineData("وأعلن تحالف دعم الشرعية في اليمن اعتراض صاروخ باليستي أطلقته مليشيات الحوثي.", "SAU", "YEMREB")]
    [InlineData("السعودية: اعتراض ثلاثة صواريخ بالستية حوثية", "SAU", null)]
    [InlineData("وأكدت القيادة المركزية الأمريكية أن المدمرة اعترضت صاروخين أطلقا من اليمن.", "USA", null)]
    [InlineData("روسيا: دفاعات سوريا اعترضت أغلب الصواريخ الأمريكية.", "SYRMIL", "USAMIL")]
    public void InterceptionIsAnAttackOnTheInterceptor(string text, string target, string? actor)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal([target], attack.Targets);
        Assert.DoesNotContain(attack.Actors, a => a.StartsWith(target[..3], StringComparison.Ordinal));
        // (who tells of it is no side: "روسيا: …")
        Assert.DoesNotContain(attack.Targets, t => t.StartsWith("RUS", StringComparison.Ordinal));
        if (actor is null) Assert.Empty(attack.Actors);
        else Assert.Equal([actor], attack.Actors);
    }

    // an objection ("اعتراضا على", "اعترضت روسيا على نشر صواريخ", "اعتراضه على") and an interception of a boat are no attack
    [Theory]
    [InlineData("واعترضت روسيا على نشر صواريخ أمريكية في أوروبا.")]
    [InlineData("وخرج المتظاهرون اعتراضا على نشر الصواريخ.")]
    [InlineData("وأعلن النائب اعتراضه على صفقة الصواريخ.")]
    [InlineData("واعترض النائب على القرار في جلسة البرلمان.")]
    [InlineData("واعترضت البحرية الإيرانية قاربا في مضيق هرمز.")]
    public void ObjectionIsNoAttack(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    // a state that fires at another is still its attacker, and a strike with a firing joined to it by "و" keeps its own target
    [InlineData("وأطلقت إسرائيل صواريخ على مواقع في لبنان.", "ISRMIL", "LBN")]
    [InlineData("وقصفت الطائرات الإسرائيلية مواقع للجيش السوري قرب دمشق بالصواريخ.", "ISRMIL", "SYRMIL")]
    public void FiringStateStaysTheAttacker(string text, string actor, string target)
    {
        var record = EventTexts.Extract(text);
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains(actor, attack.Actors);
        Assert.Contains(target, attack.Targets);
    }

    [Fact]
    public void StrikeJoinedToAFiringIsNotAimedWhereTheFiringGoes()
    {
        var record = EventTexts.Extract("حيث تهدد الولايات المتحدة بتوجيه ضربة عسكرية لسوريا وإطلاق الحوثيين في اليمن لصاروخ بالستي باتجاه السعودية.");
        Assert.DoesNotContain(record.Events, e => e.Type == "ASSAULT" && e.Actors.Contains("USAMIL") && e.Targets.Contains("SAU"));
    }
}
