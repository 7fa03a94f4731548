namespace Rasd.Tests.Events;

/// <summary>
/// Talks and deals around the 2018 surrender agreements: negotiating told by the verb or by "التفاوض مع" is a meeting;
/// a call "أجرى اتصالا مع" without "هاتفيا" is one; a deal not reached ("لم يتم التوصل بعد إلى اتفاق") is negated even
/// when words stand between "لم" and the deal; buses carrying fighters away are an evacuation.
/// </summary>
public class SurrenderTalksTests
{
    [Theory]
    [InlineData("وقال المتحدث باسم جيش الإسلام إن الفصيل ما زال يتفاوض مع الجانب الروسي حول مصير مدينة دوما.")]
    [InlineData("ونفى جيش الإسلام التوصل إلى اتفاق، لكنه أشار إلى استمرار التفاوض مع الجانب الروسي.")]
    [InlineData("المعارضة السورية تتفاوض مع روسيا لوقف القتال في درعا.")]
    public void NegotiatingWithAPartyIsTalks(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains("RUSGOV"));
    }

    [Fact]
    public void ACallMadeWithSomeoneIsTalks()
    {
        var record = EventTexts.Extract("وأجرى الرئيس التركي رجب طيب أردوغان اتصالا مع الرئيس الأمريكي دونالد ترامب.");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains("TURGOV") && e.Actors.Contains("USAGOV"));
    }

    [Theory]
    [InlineData("وقال مصدر في المعارضة إنه لم يتم التوصل بعد إلى اتفاق يقضي بخروج المقاتلين من مدينة دوما.")]
    [InlineData("ونقل التلفزيون عن المتحدث قوله إنه لم يتم التوصل بين طهران والدول الغربية إلى اتفاق بشأن نفوذ إيران.")]
    public void ADealNotYetReachedIsNegated(string text)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == "AGREE" && e.Mode == "negated");
        Assert.DoesNotContain(record.Events, e => e.Type == "AGREE" && e.Mode == "actual");
    }

    [Fact]
    public void BusesCarryingFightersAwayAreAnEvacuation()
    {
        var record = EventTexts.Extract("وغادرت حافلات تقل مقاتلين من جيش الإسلام ومدنيين مدينة دوما مساء الإثنين باتجاه شمال البلاد.");
        Assert.Contains(record.Events, e => e.Type == "RETREAT" && e.Places.Contains("SY03"));
    }
}
