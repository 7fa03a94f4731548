namespace Rasd.Tests.Events;

/// <summary>"تظاهر آلاف المواطنين", "اعتصم المئات": a demonstration told by its verb is a protest; "تظاهر بأنه نائم" is pretending.</summary>
public class ProtestVerbTests
{
    [Theory]
    [InlineData("وتظاهر آلاف المواطنين في العاصمة تونس ضد رفع أسعار الوقود.")]
    [InlineData("واعتصم المئات من عمال المصنع أمام مبنى الولاية في مدينة الموصل.")]
    [InlineData("ويتظاهر الطلاب منذ يومين في شوارع الخرطوم.")]
    public void ADemonstrationToldByItsVerbIsAProtest(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "PROTEST");

    [Fact]
    public void PretendingIsNoProtest() =>
        Assert.DoesNotContain(EventTexts.Extract("وتظاهر الرجل بأنه نائم حين دخل الجنود منزله في مدينة حماة.").Events, e => e.Type == "PROTEST");
}
