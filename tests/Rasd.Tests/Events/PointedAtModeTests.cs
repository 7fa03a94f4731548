namespace Rasd.Tests.Events;

/// <summary>An event pointed at with a demonstrative ("تلك الاتهامات", "هذا الاتفاق") was told before: a denial or a fear about it is not its mode.</summary>
public class PointedAtModeTests
{
    [Fact]
    public void ChargesDeniedWereStillMade()
    {
        var record = EventTexts.Extract("تقرير\n\nونفت أنقرة تلك الاتهامات، وقالت إن قواتها ستنسحب بعد تأمين الطرق إلى البلدة.", "denied");
        Assert.Contains(record.Events, e => e.Type == "REJECT");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE" && e.Mode == "negated");
    }
}
