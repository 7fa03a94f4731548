namespace Rasd.Tests.Events;

/// <summary>"خلال استقباله الوزير": receiving a visitor, told by the verbal noun with its host's pronoun, is a meeting; taking in refugees is not.</summary>
public class VisitorReceptionTests
{
    [Theory]
    [InlineData("وقال الرئيس التونسي خلال استقباله وزير الخارجية الإيطالي في قصر قرطاج إن بلاده تدعم الحل السياسي.")]
    [InlineData("وأكدت المستشارة النمساوية لدى استقبالها رئيس الوزراء اليوناني أن الحدود ستبقى مفتوحة.")]
    public void A_host_receiving_a_visitor_is_a_meeting(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "CONSULT");

    [Theory]
    [InlineData("وأعلنت الحكومة عن خطة لاستقبال اللاجئين في المخيمات الجديدة قرب الحدود.")]
    [InlineData("وقالت البلدية إن المدينة لم تعد قادرة على استقبالهم بعد امتلاء المدارس.")]
    [InlineData("وأشاد الوزير بالبلدة التي واصلت خلال استقبالها النازحين تقديم الخبز والماء.")]
    public void Taking_in_people_is_no_meeting(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "CONSULT");
}
