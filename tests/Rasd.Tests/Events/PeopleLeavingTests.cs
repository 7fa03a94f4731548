namespace Rasd.Tests.Events;

/// <summary>"غادر/غادروا" is displacement when a crowd of people leaves its town or homes, not when a person or a delegation leaves.</summary>
public class PeopleLeavingTests
{
    [Fact]
    public void A_count_of_people_who_left_their_town_is_displaced()
    {
        const string text = "وقال ناشطون إن ثلاثة آلاف شخص غادروا بلدة كفرنبل يوم الاثنين هربا من القصف.";
        var left = Assert.Single(EventTexts.Extract(text, "left").Events, e => e.Type == "RETREAT");
        Assert.Contains(left.Figures, f => f.Role == "displaced" && f.Value == 3000);
    }

    [Fact]
    public void Thousands_leaving_told_verb_first_are_displaced()
    {
        const string text = "وغادر آلاف المدنيين مدينة معرة النعمان خلال الليل.";
        Assert.Contains(EventTexts.Extract(text, "vso").Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void A_minister_leaving_a_city_is_no_event()
    {
        const string text = "وغادر وزير الخارجية المدينة بعد لقائه رئيس البلدية.";
        Assert.DoesNotContain(EventTexts.Extract(text, "minister").Events, e => e.Type == "RETREAT");
    }
}
