using Rasd.Entities;
using Rasd.Tests.Events;

namespace Rasd.Tests.Entities;

/// <summary>A lone surname of a person the article names in full (by a title or a first name) is that person, with the same actor code.</summary>
public class SurnameAnaphoraTests
{
    [Theory]
    [InlineData("قال وزير الدفاع البريطاني مايكل فالون إن بلاده ستشارك في الضربات. وأضاف فالون أن الحكومة تدين الهجوم على المستشفى.", "وأضاف فالون", "ACCUSE", "GBRGOV")]
    [InlineData("التقى وزير الخارجية اللبناني جبران باسيل نظيره الروسي في موسكو. واتهم باسيل المفوضية بتخويف اللاجئين.", "واتهم باسيل", "ACCUSE", "LBNGOV")]
    public void TheLoneSurnameSpeaksForThePerson(string text, string sentence, string type, string actor)
    {
        var record = EventTexts.Extract(text);
        Assert.Contains(record.Events, e => e.Type == type && e.Actors.Contains(actor) && e.Evidence.All(x => x.Text!.StartsWith(sentence, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSurnameMentionCarriesThePersonsIdAndActor()
    {
        const string text = "قال وزير الدفاع البريطاني مايكل فالون إن بلاده مستعدة. وأضاف فالون أن القرار نهائي.";
        var layer = EntityTestKit.Layer(text);
        var lone = Assert.Single(layer.Mentions, m => m.Text == "فالون");
        var full = Assert.Single(layer.Mentions, m => m.Text == "مايكل فالون");
        Assert.Equal(full.Id, lone.Id);
        Assert.Equal("GBRGOV", lone.Actor);
        Assert.Equal(EntityType.Per, lone.Type);
    }

    [Fact]
    public void ASurnameTwoPeopleShareIsNobody()
    {
        const string text = "قال وزير الخارجية الأمريكي جون هاربر إن بلاده مستعدة، وقالت المندوبة الأمريكية ماري هاربر إن القرار نهائي. وأضاف هاربر أن المفاوضات ستستمر.";
        var layer = EntityTestKit.Layer(text);
        Assert.DoesNotContain(layer.Mentions, m => m.Text == "هاربر");
    }

    [Fact]
    public void ASurnameAfterAnotherFirstNameIsAnotherPerson()
    {
        const string text = "قال وزير الدفاع البريطاني مايكل فالون إن بلاده مستعدة. ونقلت الصحيفة عن جون فالون قوله إن القرار نهائي.";
        var layer = EntityTestKit.Layer(text);
        Assert.DoesNotContain(layer.Mentions, m => m.Text == "فالون");
    }

    [Fact]
    public void ALexiconFamilyNameStaysAloneWithoutTheFullName()
    {
        // "الأسد" alone, with no member of the family named in full, may be any of them (or a lion): no mention
        const string text = "وأضاف الأسد أن الجيش سيواصل عملياته.";
        var layer = EntityTestKit.Layer(text);
        Assert.DoesNotContain(layer.Mentions, m => m.Text == "الأسد");
    }

    [Fact]
    public void ThePresidentsFamilyNameAfterHisFullName()
    {
        // once "بشار الأسد" is named, "الأسد" alone is the president (the name table's "~" alias): the family's other members
        // are named with their first names in the news of his years
        const string text = "قال الرئيس السوري بشار الأسد إن الحرب انتهت. وأضاف الأسد أن الجيش سيواصل عملياته.";
        var layer = EntityTestKit.Layer(text);
        Assert.Contains(layer.Mentions, m => m.Text == "الأسد" && m.Actor == "SYRGOV");
    }
}
