namespace Rasd.Tests.Events;

/// <summary>"طلبت أنقرة من واشنطن …": the capital asked is the government addressed, not the place of the request.</summary>
public class AskedCapitalTests
{
    [Theory]
    [InlineData("وطلبت السلطات التركية من واشنطن تسليم الداعية المقيم في الولايات المتحدة.", "TURGOV", "USAGOV", "USA")]
    [InlineData("وطلبت بغداد من طهران إعادة فتح المعبر الحدودي.", "IRQGOV", "IRNGOV", "IRN")]
    public void TheCapitalAskedIsTheTarget(string text, string actor, string target, string notPlace)
    {
        var e = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "REQUEST");
        Assert.Contains(actor, e.Actors);
        Assert.Contains(target, e.Targets);
        Assert.DoesNotContain(notPlace, e.Places);
    }
}
