using static Rasd.Tests.Numbers.NumberTestText;

namespace Rasd.Tests.Numbers;

public class CardinalTests
{
    private static (decimal Value, string Text, bool Vague) Read(string text)
    {
        var m = First(text, Parser.ParseCardinal) ?? throw new Xunit.Sdk.XunitException($"no number in '{text}'");
        return (m.Match.Value, m.Text, m.Match.IsVague);
    }

    [Theory]
    // digits in three scripts, separators
    [InlineData("قتل 45 شخصا", "45", 45)]
    [InlineData("قتل ٤٥ شخصا", "٤٥", 45)]
    [InlineData("قتل ۴۵ شخصا", "۴۵", 45)]
    [InlineData("نزح 1,500 شخص", "1,500", 1500)]
    [InlineData("نزح ١٬٥٠٠ شخص", "١٬٥٠٠", 1500)]
    [InlineData("نزح 1,250,000 شخص", "1,250,000", 1250000)]
    [InlineData("ارتفع 2.5 بالمئة", "2.5", 2.5)]
    [InlineData("ارتفع ٢٫٥ بالمئة", "٢٫٥", 2.5)]
    [InlineData("نحو 0.75 من", "0.75", 0.75)]
    // digits with a scale word
    [InlineData("نزح 1.5 مليون شخص", "1.5 مليون", 1500000)]
    [InlineData("نحو 3 آلاف مقاتل", "3 آلاف", 3000)]
    [InlineData("نحو 200 ألف لاجئ", "200 ألف", 200000)]
    [InlineData("كلفة 2.5 مليار دولار", "2.5 مليار", 2500000000)]
    [InlineData("نحو ١٠ آلاف", "١٠ آلاف", 10000)]
    [InlineData("نحو 4 ملايين", "4 ملايين", 4000000)]
    // units and teens
    [InlineData("قتل خمسة أشخاص", "خمسة", 5)]
    [InlineData("قتلت خمس نساء", "خمس", 5)]
    [InlineData("قتل واحد منهم", "واحد", 1)]
    [InlineData("اعتقل اثنان منهم", "اثنان", 2)]
    [InlineData("جرح ثمانية", "ثمانية", 8)]
    [InlineData("جرح ثماني نساء", "ثماني", 8)]
    [InlineData("مرت عشرة أيام", "عشرة", 10)]
    [InlineData("قتل أحد عشر مدنيا", "أحد عشر", 11)]
    [InlineData("قتلت إحدى عشرة امرأة", "إحدى عشرة", 11)]
    [InlineData("قتل اثنا عشر طفلا", "اثنا عشر", 12)]
    [InlineData("أصيب اثني عشر", "اثني عشر", 12)]
    [InlineData("قتل ثلاثة عشر", "ثلاثة عشر", 13)]
    [InlineData("قتل خمسة عشر شخصا", "خمسة عشر", 15)]
    [InlineData("قتلت تسع عشرة امرأة", "تسع عشرة", 19)]
    // tens and compounds
    [InlineData("قتل عشرون", "عشرون", 20)]
    [InlineData("قتل خمسة وأربعون طفلا", "خمسة وأربعون", 45)]
    [InlineData("قتل واحد وعشرون", "واحد وعشرون", 21)]
    [InlineData("قتل ثلاثة وتسعين", "ثلاثة وتسعين", 93)]
    [InlineData("قُتل خمسةٌ وأربعونَ طفلاً", "خمسةٌ وأربعونَ", 45)]
    // hundreds
    [InlineData("قتل مئة شخص", "مئة", 100)]
    [InlineData("قتل مائة شخص", "مائة", 100)]
    [InlineData("قتل مئتان وثلاثون", "مئتان وثلاثون", 230)]
    [InlineData("قتل مائتين", "مائتين", 200)]
    [InlineData("قتل مئتا شخص", "مئتا", 200)]
    [InlineData("قتل ثلاثمئة", "ثلاثمئة", 300)]
    [InlineData("قتل ثلاث مئة", "ثلاث مئة", 300)]
    [InlineData("قتل خمسمائة وخمسون", "خمسمائة وخمسون", 550)]
    [InlineData("قتل مئة وخمسة وعشرون", "مئة وخمسة وعشرون", 125)]
    [InlineData("قتل تسعمئة وتسعة وتسعون", "تسعمئة وتسعة وتسعون", 999)]
    // thousands, millions, billions
    [InlineData("نزح ألف شخص", "ألف", 1000)]
    [InlineData("نزح ألفا شخص", "ألفا", 2000)]
    [InlineData("نزح ألفان", "ألفان", 2000)]
    [InlineData("نزح ثلاثة آلاف شخص", "ثلاثة آلاف", 3000)]
    [InlineData("نزح عشرة آلاف", "عشرة آلاف", 10000)]
    [InlineData("نزح خمسة عشر ألفاً", "خمسة عشر ألفاً", 15000)]
    [InlineData("نزح خمسة وعشرون ألفاً", "خمسة وعشرون ألفاً", 25000)]
    [InlineData("نزح مئة ألف", "مئة ألف", 100000)]
    [InlineData("نزح ثلاثمئة وخمسون ألفا", "ثلاثمئة وخمسون ألفا", 350000)]
    [InlineData("نزح ألف وخمسمئة", "ألف وخمسمئة", 1500)]
    [InlineData("نزح ألفين وخمسمئة", "ألفين وخمسمئة", 2500)]
    [InlineData("نزح ثلاثة آلاف وخمسمئة وعشرون", "ثلاثة آلاف وخمسمئة وعشرون", 3520)]
    [InlineData("نزح ثلاثة آلاف وخمسة", "ثلاثة آلاف وخمسة", 3005)]
    [InlineData("نزح ألف وعشرة", "ألف وعشرة", 1010)]
    [InlineData("نزح مليون شخص", "مليون", 1000000)]
    [InlineData("نزح مليونا شخص", "مليونا", 2000000)]
    [InlineData("لجأ مليوني سوري إلى تركيا", "مليوني", 2000000)]
    [InlineData("انتشر ألفي جندي على الحدود", "ألفي", 2000)]
    [InlineData("كلف ملياري دولار", "ملياري", 2000000000)]
    [InlineData("نزح ثلاثة ملايين", "ثلاثة ملايين", 3000000)]
    [InlineData("نزح ثلاثون مليوناً", "ثلاثون مليوناً", 30000000)]
    [InlineData("نزح مليون ونصف", "مليون ونصف", 1500000)]
    [InlineData("نزح مليونان ونصف", "مليونان ونصف", 2500000)]
    [InlineData("نزح نصف مليون", "نصف مليون", 500000)]
    [InlineData("قتل ربع مليون شخص", "ربع مليون", 250000)]
    [InlineData("نزح مليون وربع", "مليون وربع", 1250000)]
    [InlineData("نزح مليون ومئتا ألف", "مليون ومئتا ألف", 1200000)]
    [InlineData("نزح مليون و200 ألف", "مليون و200 ألف", 1200000)]
    [InlineData("نزح 12 ألفا و16 ألف", "12 ألفا", 12000)] // "و16 ألف" is another number (a range), not 12,016
    [InlineData("كلف مليار دولار", "مليار", 1000000000)]
    [InlineData("كلف ثلاثة مليارات", "ثلاثة مليارات", 3000000000)]
    [InlineData("نحو ثلاثة ونصف", "ثلاثة ونصف", 3.5)]
    // with proclitics on the first word
    [InlineData("قتل رجل وخمسة أطفال", "وخمسة", 5)]
    [InlineData("حكم بثلاثة أعوام", "بثلاثة", 3)]
    [InlineData("تبرع بألف دولار", "بألف", 1000)]
    public void ReadsTheValue(string text, string span, decimal value)
    {
        var (v, t, _) = Read(text);
        Assert.Equal(span, t);
        Assert.Equal(value, v);
    }

    [Theory]
    [InlineData("قتل بضعة أشخاص", "بضعة", 3)]
    [InlineData("نزح بضعة آلاف", "بضعة آلاف", 3000)]
    [InlineData("بقي بضع مئات", "بضع مئات", 300)]
    public void FewIsVagueWithAFloor(string text, string span, decimal floor)
    {
        var (v, t, vague) = Read(text);
        Assert.Equal(span, t);
        Assert.Equal(floor, v);
        Assert.True(vague);
    }

    [Fact]
    public void ValuesAreExactDecimals()
    {
        var (v, _, _) = Read("بلغ 1234567890123.45");
        Assert.Equal(1234567890123.45m, v);
    }

    [Theory]
    [InlineData("نزح نصف مليون", "500000")]
    [InlineData("قتل ربع مليون", "250000")]
    [InlineData("نزح مليون ونصف", "1500000")]
    public void WholeValuesFromFractionsKeepNoDecimalPlaces(string text, string written) =>
        Assert.Equal(written, Read(text).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("وقعت آلاف الغارات")] // a plural scale alone is vague, not a number
    [InlineData("قتل مئات المدنيين")]
    [InlineData("نصف السكان نزحوا")] // half of a noun is not a number
    [InlineData("ربع السكان نزحوا")]
    [InlineData("لست متأكدا من ذلك")] // ليس, not ل + ست
    [InlineData("في 15/10/2021 وقع")] // a date
    [InlineData("قال الوزير إن الوضع سيئ")]
    public void NotANumber(string text) =>
        Assert.Null(First(text, Parser.ParseCardinal));

    [Theory]
    [InlineData("بين 5 وعشرة أيام", "5", 5)] // digits do not take a word after و
    [InlineData("خمسة وستة", "خمسة", 5)] // two units are a list, not a compound
    [InlineData("عشرون وثلاثون", "عشرون", 20)] // two tens likewise
    [InlineData("ألف مليون", "ألف", 1000)]
    public void StopsWhereTheCompoundEnds(string text, string span, decimal value)
    {
        var (v, t, _) = Read(text);
        Assert.Equal(span, t);
        Assert.Equal(value, v);
    }
}
