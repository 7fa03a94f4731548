namespace Rasd.Tests.Events;

/// <summary>'مركز "المصالحة الروسي"': a quote mark that opens a name's last words does not hide the name.</summary>
public class QuotedNameTests
{
    [Fact]
    public void TheQuotedCentreIsTheRussianCentre()
    {
        var call = Assert.Single(EventTexts.Extract("ودعا مركز \"المصالحة الروسي\" الفصائل المسلحة في بلدة الرستن إلى تسليم أسلحتها.").Events, e => e.Type == "REQUEST");
        Assert.Contains("RUSMIL", call.Actors);
    }

    [Fact]
    public void AQuoteBetweenTwoNamesJoinsNothing()
    {
        var record = EventTexts.Extract("وقال الجيش السوري \"إن الهجوم فشل\" في ريف حماة.");
        Assert.DoesNotContain(record.Entities, e => e.Text.Contains('"'));
    }
}
