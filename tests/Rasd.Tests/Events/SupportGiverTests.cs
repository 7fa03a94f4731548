namespace Rasd.Tests.Events;

/// <summary>The nationality on a support ("الدعم الإيراني") names the state that gives it, and a receiving verb's subject is the one supported.</summary>
public class SupportGiverTests
{
    [Theory]
    [InlineData("وانتقد الوزير الدعم الإيراني للنظام السوري في مؤتمر صحفي.", "IRNGOV", "SYRGOV")]
    [InlineData("وتمكنت قوات النظام من استعادة السيطرة على بلدة مورك بفضل الدعم الروسي.", "RUSGOV", "SYRMIL")]
    [InlineData("وأعلن البيت الأبيض استمرار الدعم الأمريكي لقوات سوريا الديمقراطية.", "USAGOV", "SYRREB")]
    // told from the side that receives it: the receiving verb's subject is supported, the names after "من" give
    [InlineData("وتلقت الوحدات الكردية الدعم من واشنطن في معاركها ضد التنظيم.", "USAGOV", "SYRREB")]
    [InlineData("ويتلقى النظام السوري دعما عسكريا من إيران وروسيا منذ سنوات.", "IRNGOV", "SYRGOV")]
    [InlineData("وحصلت فصائل المعارضة على دعم من تركيا خلال معركة عفرين.", "TURGOV", "SYRREB")]
    public void The_nationality_gives_and_the_other_party_receives(string text, string giver, string supported)
    {
        var support = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "SUPPORT");
        Assert.Contains(giver, support.Actors);
        Assert.DoesNotContain(supported, support.Actors);
        Assert.Contains(supported, support.Targets);
    }

    [Fact]
    public void A_verb_of_support_keeps_its_subject_as_the_giver()
    {
        var support = Assert.Single(EventTexts.Extract("دعمت روسيا النظام السوري عسكريا منذ عام 2015.").Events, e => e.Type == "SUPPORT");
        Assert.Equal(["RUSGOV"], support.Actors);
        Assert.Contains("SYRGOV", support.Targets);
    }
}
