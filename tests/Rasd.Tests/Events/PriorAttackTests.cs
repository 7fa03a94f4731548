namespace Rasd.Tests.Events;

/// <summary>
/// An attack introduced by "بعد", "إثر" or "عقب" after another attack word is an earlier happening of its own
/// ("هددت باريس بضربات بعد الهجوم الكيميائي", "غارات … إثر هجوم صاروخي"), not the same attack told twice.
/// </summary>
public class PriorAttackTests
{
    [Fact]
    public void ThreatenedStrikesAndTheAttackBeforeThemAreTwo()
    {
        var record = EventTexts.Extract("وهددت بريطانيا الحكومة السورية بضربات عقابية بعد الهجوم بغاز الكلور في مدينة سراقب.");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "possible");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual" && e.Places.Contains("SY07"));
    }

    [Fact]
    public void RaidsAfterARocketAttackAreTwo()
    {
        var record = EventTexts.Extract("وشنت المقاتلات التركية غارات على مواقع في شمال العراق إثر هجوم صاروخي على قاعدة عسكرية في جنوب تركيا.");
        Assert.Equal(2, record.Events.Count(e => e.Type == "ASSAULT"));
    }
}
