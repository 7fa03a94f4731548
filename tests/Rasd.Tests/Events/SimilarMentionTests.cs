namespace Rasd.Tests.Events;

/// <summary>"هجوم مماثل", "مفاوضات مشابهة": an indefinite event noun called like another is a second happening, with its own day.</summary>
public class SimilarMentionTests
{
    [Fact]
    public void A_similar_attack_in_the_same_sentence_is_another_attack()
    {
        var record = EventTexts.Extract("استهدف هجوم بسيارة مفخخة حاجزا للجيش في مدينة منبج يوم الأربعاء، وذكر المرصد هجوما مماثلا على الحاجز نفسه في 10 كانون الثاني الماضي.");
        var days = record.Events.Where(e => e.Type == "ASSAULT").Select(e => e.Time?.Begin).OrderBy(d => d).ToList();
        Assert.Equal(["2024-01-10", "2024-03-13"], days);
    }

    [Fact]
    public void A_definite_attack_said_to_be_like_others_stays_one()
    {
        var record = EventTexts.Extract("وقصفت الطائرات الحربية بلدة سراقب يوم الأربعاء، والقصف مشابه لغارات سابقة على البلدة.");
        Assert.Single(record.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Other_strikes_by_another_side_are_another_attack()
    {
        var record = EventTexts.Extract("وقصفت طائرات روسية بلدة معرة النعمان في ريف إدلب يوم الثلاثاء، ويخشى السكان أن تؤدي غارات أخرى نفذتها تركيا إلى موجة نزوح جديدة.");
        var attacks = record.Events.Where(e => e.Type == "ASSAULT").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.DoesNotContain(attacks, e => e.Actors.Contains("RUSMIL") && e.Actors.Contains("TURMIL"));
    }

    [Fact]
    public void Another_meeting_is_not_the_meeting_told_before()
    {
        var record = EventTexts.Extract("التقى وزير الخارجية الأردني نظيره التركي في أنقرة يوم الاثنين. وقال الوزير إن اجتماعا آخر سيعقد مع الجانب العراقي.");
        Assert.Equal(2, record.Events.Count(e => e.Type == "CONSULT"));
    }

    [Fact]
    public void The_last_summit_held_is_the_summit_told_before()
    {
        var record = EventTexts.Extract("قمة عمان\n\nواجتمع رؤساء مصر والأردن والعراق مطلع الشهر الحالي في عمان. وانعقدت آخر قمة بين الدول الثلاث مطلع آذار/مارس في العاصمة الأردنية عمان.");
        Assert.Single(record.Events, e => e.Type == "CONSULT");
    }
}
