namespace Rasd.Tests.Events;

/// <summary>"ومقره في X" tells where a body or a speaker sits, not where the event told by the sentence happened.</summary>
public class SeatPlaceTests
{
    [Fact]
    public void The_seat_of_the_speaker_is_not_the_place_of_the_shelling()
    {
        const string text = "وقال رئيس جمعية الإغاثة في كفرنبل ومقره في إسطنبول إن البلدة تعرضت لقصف مدفعي عنيف يوم الاثنين.";
        var shelling = Assert.Single(EventTexts.Extract(text, "seat").Events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain("TUR", shelling.Places);
    }
}
