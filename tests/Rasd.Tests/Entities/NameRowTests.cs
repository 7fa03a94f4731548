using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Names added as rows of the name tables: Houthi leaders are people of the Yemeni rebels; regions spanning countries are places with no country.</summary>
public class NameRowTests
{
    [Theory]
    [InlineData("وأعلن محمد علي الحوثي رفضه للمبادرة الجديدة", "محمد علي الحوثي")]
    [InlineData("وألقى عبد الملك الحوثي كلمة متلفزة مساء أمس", "عبد الملك الحوثي")]
    public void HouthiLeadersArePeopleOfTheRebels(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
        Assert.Equal("YEMREB", m.Actor);
    }

    // frequent in the corpora's Syria news without a title before them, or in a second spelling
    [Theory]
    [InlineData("وتوعد نتانياهو إيران برد قاس", "نتانياهو", "Benjamin Netanyahu", "ISRGOV")]
    [InlineData("وأعلن أحمد أوزومجو بدء عمل البعثة", "أحمد أوزومجو", "Ahmet Uzumcu", "IGO")]
    [InlineData("وقالت نيكي هيلي إن الصبر نفد", "نيكي هيلي", "Nikki Haley", "USAGOV")]
    [InlineData("واتهم جبران باسيل المفوضية بتخويف اللاجئين", "جبران باسيل", "Gebran Bassil", "LBNGOV")]
    [InlineData("وأكد سيرغي رودسكوي إسقاط معظم الصواريخ", "سيرغي رودسكوي", "Sergei Rudskoy", "RUSMIL")]
    public void FrequentPeopleAreKnownWithTheirSide(string sentence, string name, string english, string actor)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
        Assert.Equal(english, m.NameEn);
        Assert.Equal(actor, m.Actor);
    }

    [Theory]
    [InlineData("وتخشى دول البلطيق من تحركات عسكرية قرب حدودها", "دول البلطيق")]
    [InlineData("وتتزايد التهديدات الأمنية في شبه الجزيرة العربية", "شبه الجزيرة العربية")]
    public void RegionsSpanningCountriesArePlacesWithNoCountry(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Loc, m!.Type);
        Assert.Empty(m.Places);
    }

    // «الشرق الأوسط» quoted is the newspaper: an organisation, beside the region named plainly in the same article
    [Fact]
    public void AQuotedRegionNameIsTheNewspaper()
    {
        var record = EntityTestKit.Record("وقال دبلوماسي غربي لـ«الشرق الأوسط» إن التوتر في الشرق الأوسط يتصاعد.");
        Assert.Contains(record.Entities, e => e.Type == "ORG" && e.Text == "الشرق الأوسط");
        Assert.Contains(record.Entities, e => e.Type == "LOC" && e.Text == "الشرق الأوسط");
    }
}
