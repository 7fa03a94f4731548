using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round NN's name rows: a quoted name right after a noun for a district, town or village is that place; a state's military intelligence and security services with its nationality are its bodies.</summary>
public class BlindNNNameRowTests
{
    [Theory]
    [InlineData("وأحرق مسلحون شاحنة في قضاء «أولو دره» بولاية أرضروم", "أولو دره")]
    [InlineData("وتعرضت حافلة لهجوم في بلدة \"كوتشوك كوي\" غرب البلاد", "كوتشوك كوي")]
    public void AQuotedNameAfterAPlaceNounIsAPlace(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
    }

    [Fact]
    public void AQuotedZoneIsNoPlaceName()
    {
        // "منطقة" often quotes a kind of zone, not a place's name
        Assert.Null(EntityTestKit.Find("وقال إن إدلب تقع ضمن منطقة \"خفض التصعيد\" المتفق عليها", "خفض التصعيد"));
    }

    [Theory]
    [InlineData("ووجهت واشنطن الاتهام إلى 12 من عملاء المخابرات العسكرية الروسية", "المخابرات العسكرية الروسية", "RUSMIL")]
    [InlineData("وقالت الاستخبارات العسكرية الإسرائيلية إن الصواريخ أطلقت من غزة", "الاستخبارات العسكرية الإسرائيلية", "ISRMIL")]
    [InlineData("وواصل الأمن التركي حملته على مناصري التنظيم", "الأمن التركي", "TURGOV")]
    public void AStatesBodiesWithItsNationality(string sentence, string name, string actor)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(actor, m!.Actor);
    }
}
