namespace Rasd.Tests.Events;

/// <summary>A trigger noun in taa marbuta also triggers with a pronoun ("زيارته", "هدنتها"), unless that form names something else.</summary>
public class TriggerPossessiveTests
{
    [Fact]
    public void AVisitWithItsPronounIsAVisit()
    {
        var record = EventTexts.Extract("تقرير\n\nوبدأ الرئيس التركي زيارته إلى الكويت صباح أمس.", "visit");
        Assert.Contains(record.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void AResidenceOrADepartureOnATripIsNoEvent()
    {
        var record = EventTexts.Extract("تقرير\n\nوقال الكاتب إن إقامته في باريس طالت، وإنه يستعد لمغادرته إلى لندن لحضور مؤتمر أدبي.", "residence");
        Assert.DoesNotContain(record.Events, e => e.Type is "MOBILIZE" or "RETREAT");
    }
}
