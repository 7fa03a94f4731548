using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>Factions of the northern Syrian opposition (data/organisations.tsv) are named organisations and armed actors.</summary>
public class FactionNameTests
{
    [Theory]
    [InlineData("لواء المعتصم")]
    [InlineData("جيش النصر")]
    [InlineData("صقور الشام")]
    [InlineData("فرقة الحمزة")]
    [InlineData("جيش الأحرار")]
    [InlineData("جيش إدلب الحر")]
    [InlineData("فرقة السلطان مراد")]
    [InlineData("نور الدين زنكي")]
    public void A_northern_faction_is_an_organisation(string name)
    {
        var record = EventTexts.Extract($"وقال قيادي إن مقاتلي {name} تصدوا لهجوم قرب بلدة في ريف حلب الشمالي.", "faction");
        Assert.Contains(record.Entities, e => e.Type == "ORG" && e.Text == name);
    }
}
