namespace Rasd.Tests.Events;

/// <summary>Aid named as a field of work ("العاملون في مجال الإغاثة") is no aid delivered.</summary>
public class FieldOfWorkTests
{
    [Fact]
    public void WorkersInTheFieldOfReliefDeliverNoAid()
    {
        var record = EventTexts.Extract("قصف على ريف دمشق\n\nوقال عاملون في مجال الإغاثة في مدينة دوما إن القصف على البلدة استمر طوال الليل.", "field");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(record.Events, e => e.Type == "AID");
    }

    [Fact]
    public void AidDeliveredIsStillAid()
    {
        var record = EventTexts.Extract("قصف على ريف دمشق\n\nودخلت قافلة تحمل المساعدات الإنسانية إلى مدينة دوما صباح اليوم.", "aid");
        Assert.Contains(record.Events, e => e.Type == "AID");
    }
}
