using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>A lone "المملكة" is the last kingdom the article named; never a kingdom it has not named, nor part of "المملكة المتحدة".</summary>
public class KingdomAnaphoraTests
{
    [Theory]
    [InlineData("أعلنت السعودية تبرعا جديدا للمنكوبين. وأكدت المملكة رفضها أي تدخل في شؤون لبنان.", "REJECT", "SAUGOV")]
    [InlineData("وقال وزير الخارجية الأردني إن المملكة ترفض إقامة مخيمات جديدة على حدودها.", "REJECT", "JORGOV")]
    [InlineData("التقى وزير الخارجية السعودي نظيره اللبناني في بيروت. ورحبت المملكة بانتخاب رئيس جديد للبنان.", "SUPPORT", "SAUGOV")]
    public void TheKingdomIsTheLastKingdomNamed(string text, string type, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == type && e.Actors.Contains(actor));
    }

    [Fact]
    public void AKingdomNeverNamedIsNobody()
    {
        var record = EventTexts.Extract("ودعت المملكة الأطراف المتنازعة إلى ضبط النفس.");
        Assert.DoesNotContain(record.Events, e => e.Actors.Any(a => a.StartsWith("SAU", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheUnitedKingdomStaysBritain()
    {
        var record = EventTexts.Extract("أعلنت السعودية دعمها للمبادرة. ورحبت المملكة المتحدة بالاتفاق الجديد.");
        Assert.Contains(record.Events, e => e.Type == "SUPPORT" && e.Actors.Contains("GBRGOV") && !e.Actors.Contains("SAUGOV"));
    }
}
