namespace Rasd.Tests.Events;

/// <summary>
/// A date inside a relative clause that tells of a prepositional object after the trigger ("بالانسحاب من المناطق التي سيطرت
/// عليها الفصائل عام 2016") dates that object, not the trigger; a clause on the trigger itself, or after an attack, keeps it.
/// </summary>
public class RelativeClauseTimeTests
{
    [Theory]
    [InlineData("وطالبت روسيا بالانسحاب من المناطق التي سيطرت عليها الفصائل عام 2016.", "REQUEST")]
    [InlineData("والتقى وزير الخارجية الأردني نظيره التركي في المدينة التي حررها الجيش العراقي عام 2017.", "CONSULT")]
    // (a long clause: the date is its ninth word)
    [InlineData("وتوصلت الأمم المتحدة أخيرا إلى اتفاق لتبادل الوثائق عن الحرب التي شردت فيها أكثر من مليون عائلة منذ 2012.", "AGREE")]
    // (a guard: a clause within the old reach of six words)
    [InlineData("ودعا الوزير إلى العودة للمفاوضات بشأن المنطقة التي تقاتل فيها فصائل المعارضة وقوات النظام منذ عام 2013.", "REQUEST")]
    public void TheOtherNounsDateIsNotTheEvents(string text, string type)
    {
        var record = EventTexts.Extract(text);
        var ev = Assert.Single(record.Events, e => e.Type == type);
        Assert.NotNull(ev.Time);
        Assert.StartsWith(EventTexts.Published.Year.ToString(), ev.Time!.Begin);
    }

    [Fact]
    public void TheTriggersOwnClauseKeepsItsDate()
    {
        var record = EventTexts.Extract("وندد الرئيس الفرنسي بالضربات الروسية التي استهدفت مدينة إدلب يوم الأحد.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal("2024-03-10", attack.Time!.Begin);
    }
}
