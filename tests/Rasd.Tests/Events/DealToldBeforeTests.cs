namespace Rasd.Tests.Events;

/// <summary>"رفضوا الاتفاق" after a deal was told is that deal again, not a new one dated by its sentence; a deal dated as made is another.</summary>
public class DealToldBeforeTests
{
    [Fact]
    public void A_definite_deal_told_again_is_the_same_deal()
    {
        const string text = "وتوصلت الحكومة إلى اتفاق مع الفصائل المسلحة في ريف درعا الشرقي يوم الثلاثاء. "
            + "وغادر نحو 300 مقاتل رفضوا الاتفاق باتجاه الشمال السوري يوم الأربعاء.";
        var deals = EventTexts.Extract(text, "deal-again").Events.Where(e => e.Type == "AGREE").ToList();
        var deal = Assert.Single(deals);
        Assert.Equal("2024-03-12", deal.Time?.Begin);
    }

    [Fact]
    public void A_deal_told_again_keeps_its_parties()
    {
        const string text = "وأعلنت الحكومة التركية والحكومة الروسية التوصل إلى اتفاق حول إدلب يوم الثلاثاء. "
            + "ولم تؤكد الحكومة الإيرانية حتى الآن مشاركتها في الاتفاق.";
        var deal = Assert.Single(EventTexts.Extract(text, "deal-parties").Events, e => e.Type == "AGREE");
        Assert.Contains("TURGOV", deal.Actors);
        Assert.DoesNotContain("IRNGOV", deal.Actors);
    }

    [Fact]
    public void A_deal_dated_as_made_is_another_deal()
    {
        const string text = "وأعلنت موسكو وأنقرة اتفاقا جديدا حول إدلب يوم الاثنين. "
            + "وذكر الوزير بالاتفاق الموقع في أيار 2017 بين الأطراف الثلاثة.";
        var deals = EventTexts.Extract(text, "two-deals").Events.Where(e => e.Type == "AGREE").ToList();
        Assert.Equal(2, deals.Count);
    }
}
