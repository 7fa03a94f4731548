using Rasd.Entities;

namespace Rasd.Tests.Entities;

/// <summary>Round II's name rows: two name words before an age in brackets (or between commas) are a person, first name known or not; a body noun, a place noun, a number or a time unit (behind ب too) is no name word after a title or a first name.</summary>
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
    [InlineData("ويُرجح أن آنا كامبل، 26 عاما، من منطقة لويس، قُتلت في عفرين.", "آنا كامبل")]
    [InlineData("وقالت الشرطة إن تريفور هايتمان، 18 سنة، من سكان الولاية.", "تريفور هايتمان")]
    [InlineData("وكان الرجل يدعى ريموند لوسانو، 43 عاما.", "ريموند لوسانو")]
    public void NameBeforeAgeBetweenCommasIsAPerson(string sentence, string name)
    {
        var m = EntityTestKit.Find(sentence, name);
        Assert.NotNull(m);
        Assert.Equal(EntityType.Per, m!.Type);
    }

    [Theory]
    // a verb and a surname named before: the age follows the surname, the verb is no first name
    [InlineData("وأصيب سيرغي سكريبال بالتسمم. ولا يزال يرقد سكريبال، 66 عاما، في المستشفى.", "يرقد سكريبال")]
    [InlineData("وأعلن النادي عن التعاقد مع جيرار رودي. ثم تعرض رودي، 28 عاما، لإصابة.", "تعرض رودي")]
    // a span of time after a comma is no age
    [InlineData("وقال كمال حسن إن الحرب، 30 عاما من المعاناة، انتهت.", "الحرب")]
    public void AgeBetweenCommasAfterAVerbOrASpanIsNoName(string text, string notName) =>
        Assert.DoesNotContain(EntityTestKit.People(text), p => p.Contains(notName, StringComparison.Ordinal));

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
