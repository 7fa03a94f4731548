using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round Q's name rows: the Association of Southeast Asian Nations is an international body, not the region its name holds.</summary>
public class BlindQNameRowTests
{
    [Theory]
    [InlineData("وعقد الوزراء لقاء على هامش اجتماعات رابطة دول جنوب شرقي آسيا في مانيلا", "رابطة دول جنوب شرقي آسيا")]
    [InlineData("وشارك الوفد في قمة رابطة دول جنوب شرق آسيا الأخيرة", "رابطة دول جنوب شرق آسيا")]
    public void AseanIsAnInternationalBody(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Org, m!.Type);
        // (no actor code: the bloc on whose sidelines ministers meet is no party to their talks)
        Assert.Null(m.Actor);
    }
}
