using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round II's name rows: two name words before an age in brackets are a person, first name known or not; a body noun, a place noun, a number or a time unit (behind ب too) is no name word after a title or a first name.</summary>
public class BlindIINameRowTests
{
    [Theory]
    [InlineData("وقالت سفيتلانا ماركوفا (34 عاما) إنها شاهدت الانفجار.", "سفيتلانا ماركوفا")]
    [InlineData("وأصيب تيودور بلاغوي (52 عاماً) بجروح طفيفة.", "تيودور بلاغوي")]
    [InlineData("وقال كريم لعبيدي (30 عاما) إن الشرطة اعتقلته.", "كريم لعبيدي")]
    public void NameBeforeAgeIsAPerson(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
    }

    [Theory]
    [InlineData("وقالت سيدة مسنة (70 عاما) إن المنزل دمر.")]
    [InlineData("وقتل سائق تاكسي (40 عاما) في الحادث.")]
    [InlineData("وأكد شهود أن نقل أحمد (30 عاما) إلى المستشفى تأخر.")]
    public void CommonNounsBeforeAgeAreNoPeople(string sentence) => Assert.Empty(EntityTestKit.People(sentence));

    [Theory]
    [InlineData("وقال رئيس جهاز الأمن الوطني للصحفيين إن التحقيق مستمر.")]
    [InlineData("وهو أكبر من الرئيس الفرنسي بعشرة أعوام تقريبا.")]
    [InlineData("ويعيش في مدينة مارتن بمقاطعة كنت منذ سنوات.")]
    public void BodyPlaceAndNumberWordsAreNoNameWords(string sentence) => Assert.Empty(EntityTestKit.People(sentence));
}
