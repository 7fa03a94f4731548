namespace Rasd.Tests.Entities;

/// <summary>"شمال العراق", "جنوب شرق تركيا": a compass word before a country names a region of it — a place there, not its government.</summary>
public class CountryRegionTests
{
    [Theory]
    [InlineData("قصفت الطائرات مواقع للمسلحين في شمال العراق أمس", "شمال العراق", "IRQ")]
    [InlineData("وقع انفجار قرب مركز للشرطة بجنوب شرق تركيا", "جنوب شرق تركيا", "TUR")]
    [InlineData("وتظاهر المئات في مدن شرقي ألمانيا", "شرقي ألمانيا", "DEU")]
    public void A_compass_word_and_a_country_are_one_place(string sentence, string text, string iso)
    {
        var region = EntityTestKit.Find(sentence, text);
        Assert.NotNull(region);
        Assert.Equal(Rasd.Entities.EntityType.Loc, region.Type);
        Assert.Equal([iso], region.Places);
        Assert.Null(region.Actor);
    }

    [Fact]
    public void An_attack_there_is_placed_in_that_country()
    {
        var record = Rasd.Tests.Events.EventTexts.Extract("قصفت الطائرات مواقع للمسلحين في شمال العراق أمس.");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["IRQ"], attack.Places);
    }
}
