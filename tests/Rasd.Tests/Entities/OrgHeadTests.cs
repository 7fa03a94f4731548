using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>State bodies named by their head noun and a nationality are organisations of that state.</summary>
public class OrgHeadTests
{
    [Theory]
    [InlineData("وطالبت النيابة العامة التركية بسجن الصحفي", "النيابة العامة التركية", "TUR", "GOV")]
    [InlineData("وقرر البنك المركزي السوري رفع سعر الصرف", "البنك المركزي السوري", "SYR", "GOV")]
    [InlineData("وأصدرت المحكمة العليا الأمريكية حكمها", "المحكمة العليا الأمريكية", "USA", "GOV")]
    [InlineData("وطلب الادعاء العام الفرنسي فتح تحقيق", "الادعاء العام الفرنسي", "FRA", "GOV")]
    [InlineData("وأدرجت وزارة الخزانة البريطانية ثلاث شركات على القائمة", "وزارة الخزانة البريطانية", "GBR", "GOV")]
    [InlineData("وقرر مجلس الوزراء الأردني تمديد العمل بالقرار", "مجلس الوزراء الأردني", "JOR", "GOV")]
    [InlineData("وأغار سلاح الجو التركي على مواقع في الجبال", "سلاح الجو التركي", "TUR", "MIL")]
    [InlineData("ونفذت القوات الجوية العراقية طلعات فوق الصحراء", "القوات الجوية العراقية", "IRQ", "MIL")]
    public void A_state_body_with_a_nationality_is_an_organisation(string sentence, string text, string country, string sector)
    {
        var m = EntityTestKit.Find(sentence, text);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        Assert.Equal(country + sector, m.Actor);
    }
}
