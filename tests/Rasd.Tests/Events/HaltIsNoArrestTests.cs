namespace Rasd.Tests.Events;

/// <summary>"توقيف" is an arrest ("توقيف 40 شخصا"), but "توقيف المعارك" is a halt to the fighting, no arrest.</summary>
public class HaltIsNoArrestTests
{
    [Fact]
    public void A_halt_to_the_fighting_is_no_arrest()
    {
        var record = EventTexts.Extract("وأدى توقيف المعارك في مدينة إدلب إلى عودة مئات العائلات.", "halt");
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }
}
