using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>State bodies named by their head noun and a nationality are organisations of that state.</summary>
public class OrgHeadTests
{
    [Theory]
    [InlineData("وطالبت النيابة العامة التركية بسجن الصحفي", "النيابة العامة التركية", "TUR")]
    [InlineData("وقرر البنك المركزي السوري رفع سعر الصرف", "البنك المركزي السوري", "SYR")]
    [InlineData("وأصدرت المحكمة العليا الأمريكية حكمها", "المحكمة العليا الأمريكية", "USA")]
    [InlineData("وطلب الادعاء العام الفرنسي فتح تحقيق", "الادعاء العام الفرنسي", "FRA")]
    public void A_state_body_with_a_nationality_is_an_organisation(string sentence, string text, string country)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(country + "GOV", m.Actor);
    }
}
