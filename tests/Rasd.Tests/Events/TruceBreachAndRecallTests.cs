namespace Rasd.Tests.Events;

/// <summary>A truce broken is fighting, not a truce; a definite happening that "comes after" something is the one already told of.</summary>
public class TruceBreachAndRecallTests
{
    [Theory]
    [InlineData("واتهم الجيش الفصائل المسلحة بمواصلة خرق الهدنة في ريف حماة الشمالي.")]
    [InlineData("وسجلت لجنة المراقبة عشرات الانتهاكات، وقالت إن انتهاكات وقف إطلاق النار تكررت في درعا.")]
    public void Breach_of_a_truce_is_an_attack_not_a_deal(string text)
    {
        var r = EventTexts.Extract(text);
        Assert.DoesNotContain(r.Events, e => e.Type == "AGREE");
        Assert.Contains(r.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Withdrawal_that_comes_after_a_statement_is_the_one_told_before()
    {
        var r = EventTexts.Extract("بدأت فصائل المعارضة الأربعاء سحب أسلحتها الثقيلة والانسحاب من خطوط التماس في ريف اللاذقية. "
            + "ويأتي الانسحاب بعد يومين من إعلان فصيل آخر رفضه للخطة الروسية التركية مطلع الأسبوع.");
        Assert.Single(r.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void Meeting_that_comes_after_strikes_is_the_meeting_of_the_report()
    {
        var r = EventTexts.Extract("عقد وزراء خارجية الدول الثلاث اجتماعا في موسكو الأربعاء لبحث الوضع في سوريا. "
            + "ويأتي الاجتماع بعد أيام من غارات استهدفت مطارا عسكريا قرب حمص السبت الماضي.");
        Assert.Single(r.Events, e => e.Type == "CONSULT");
    }
}
