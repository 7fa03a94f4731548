using static Rasd.Tests.Numbers.NumberTestText;

namespace Rasd.Tests.Numbers;

public class OrdinalAndDualTests
{
    [Theory]
    [InlineData("الجولة الـ17 من المحادثات", "الـ17", 17)]
    [InlineData("الجولة الـ١٧ من المحادثات", "الـ١٧", 17)]
    [InlineData("في الجولة الـ 17 من المحادثات", "الـ 17", 17)]
    [InlineData("تأهل للـ16 بعد الفوز", "للـ16", 16)]
    [InlineData("الاجتماع السابع عشر", "السابع عشر", 17)]
    [InlineData("الدورة الأولى", "الأولى", 1)]
    [InlineData("اليوم الأول", "الأول", 1)]
    [InlineData("الجولة الثانية", "الثانية", 2)]
    [InlineData("المرة العاشرة", "العاشرة", 10)]
    [InlineData("القرن الحادي والعشرين", "الحادي والعشرين", 21)]
    [InlineData("الدورة الحادية عشرة", "الحادية عشرة", 11)]
    [InlineData("الذكرى الثالثة والعشرون", "الثالثة والعشرون", 23)]
    [InlineData("الجولة التاسعة عشرة", "التاسعة عشرة", 19)]
    [InlineData("القمة الخمسين", "الخمسين", 50)]
    [InlineData("وللمرة الثالثة", "الثالثة", 3)]
    [InlineData("الجولة (16) من المحادثات", "(16)", 16)]
    public void ReadsOrdinals(string text, string span, int value)
    {
        var m = First(text, Parser.ParseOrdinal);
        Assert.NotNull(m);
        Assert.Equal(span, m.Value.Text);
        Assert.Equal(value, m.Value.Match.Value);
        Assert.Equal(Rasd.Numbers.NumberKind.Ordinal, m.Value.Match.Kind);
    }

    [Theory]
    [InlineData("قال إن الوضع صعب")]
    [InlineData("بلغ (2.5) درجة")]
    public void NoOrdinal(string text) => Assert.Null(First(text, Parser.ParseOrdinal));

    private static (decimal Value, string Text)? Dual(string text)
    {
        var m = First(text, (tokens, i) => Parser.ParseDual(tokens, i, text));
        return m is null ? null : (m.Value.Match.Value, m.Value.Text);
    }

    [Theory]
    [InlineData("قتل طفلين", "طفلين")]
    [InlineData("قتل طفلان", "طفلان")]
    [InlineData("أصيب شخصان", "شخصان")]
    [InlineData("قتل مدنيَّين", "مدنيَّين")]
    [InlineData("قتلت امرأتين", "امرأتين")]
    [InlineData("أصيبت طفلتان", "طفلتان")]
    [InlineData("شنت غارتين", "غارتين")]
    [InlineData("استمر يومين", "يومين")]
    [InlineData("منذ عامين", "عامين")]
    [InlineData("بعد ساعتين", "ساعتين")]
    [InlineData("أصيب متطوعَين", "متطوعَين")]
    [InlineData("ومقتل طفلين", "طفلين")]
    [InlineData("للطفلين", "للطفلين")]
    [InlineData("قتل جنديَّين", "جنديَّين")]
    public void DualNounsCountTwo(string text, string span)
    {
        var d = Dual(text);
        Assert.NotNull(d);
        Assert.Equal(2, d.Value.Value);
        Assert.Equal(span, d.Value.Text);
    }

    [Theory]
    [InlineData("قتل مدنيين")] // nisba plural
    [InlineData("قتل مدنيِّين")] // plural, kasra marked
    [InlineData("أصيب متطوعين")] // sound plural of an agent noun
    [InlineData("قتل مقاتلين")]
    [InlineData("اعتقل ناشطين")]
    [InlineData("قتل أطفال")]
    [InlineData("بيان")]
    public void PluralsAreNotDuals(string text) => Assert.Null(Dual(text));
}
