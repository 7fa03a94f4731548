namespace Rasd.Tests.Events;

/// <summary>"وصفت X الهجوم بأنه اعتداء": calling something a crime, an aggression or a farce is a condemnation; a plain description is none.</summary>
public class HostileDescriptionTests
{
    [Theory]
    [InlineData("ووصفت الخارجية الإيرانية الغارات الإسرائيلية على ريف حمص بأنها عدوان على سيادة سوريا.")]
    [InlineData("ووصف وزير الخارجية الروسي سيرغي لافروف التقرير البريطاني بالمهزلة.")]
    public void Calling_a_deed_an_aggression_is_a_condemnation(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "ACCUSE");

    [Theory]
    [InlineData("ووصف المبعوث الأممي الوضع الإنساني في مخيم الركبان بأنه صعب للغاية.")]
    [InlineData("ووصفت الوزيرة المحادثات مع نظيرها التركي بأنها بناءة ومثمرة.")]
    public void A_plain_description_is_no_condemnation(string text) =>
        Assert.DoesNotContain(EventTexts.Extract(text).Events, e => e.Type == "ACCUSE");
}
