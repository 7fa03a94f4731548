namespace Rasd.Tests.Events;

/// <summary>"واتفقوا على انسحاب القوات": a withdrawal agreed on is still to come; a deal made on its day stays made.</summary>
public class AgreedWithdrawalTests
{
    [Fact]
    public void A_withdrawal_agreed_on_is_planned()
    {
        var record = EventTexts.Extract("واجتمع وجهاء البلدة مع ضباط أتراك في مدينة جرابلس، واتفقوا على انسحاب المقاتلين من القرية.");
        var retreat = Assert.Single(record.Events, e => e.Type == "RETREAT");
        Assert.Equal("planned", retreat.Mode);
    }
}
