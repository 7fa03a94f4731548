using CsCheck;
using Rasd.Time;

namespace Rasd.Tests.Time;

/// <summary>Random sequences of time words, numbers and punctuation never make the recogniser throw, and every span is a real part of the text.</summary>
public sealed class TimexRobustnessTests
{
    private static readonly string[] Words =
    [
        "قبل", "منذ", "نحو", "أكثر", "من", "في", "بين", "و", "حتى", "إلى", "-", "/", "(", ")", "،",
        "عام", "العام", "الماضي", "المقبل", "الجاري", "الشهر", "الأسبوع", "يوم", "أيام", "يوما", "سنوات", "يومين",
        "اليوم", "أمس", "أول", "غدا", "الأحد", "الجمعة", "مساء", "ليل", "منتصف", "مطلع", "نهاية", "الربع", "الأخير",
        "كانون", "الأول", "الثاني", "تشرين", "شباط", "أكتوبر", "ربيع", "رمضان", "هـ", "الصيف", "كل", "منه",
        "0", "1", "15", "29", "31", "99", "500", "5000", "99999", "1443", "2021", "1000", "15/10/2021", "31/02/2021", "الـ24", "ساعة",
    ];

    [Fact]
    public void Never_throws_and_spans_are_in_the_text()
    {
        var recognizer = new TimexRecognizer();
        Gen.Select(Gen.Int[0, Words.Length - 1].Select(i => Words[i]).Array[1, 12], Gen.Int[0, 3000], Gen.Bool)
            .Sample((words, days, hasDate) =>
            {
                var text = string.Join(' ', words);
                DateOnly? published = hasDate ? new DateOnly(2020, 1, 1).AddDays(days) : null;
                foreach (var t in recognizer.Recognize(text, published))
                {
                    Assert.InRange(t.Span.Start, 0, text.Length);
                    Assert.InRange(t.Span.End, t.Span.Start + 1, text.Length);
                    Assert.Equal(t.Text, text[t.Span.Start..t.Span.End]);
                    Assert.False(string.IsNullOrEmpty(t.Value));
                    if (t.Begin is { } b && t.End is { } e) Assert.True(b <= e);
                }
            }, iter: 3000);
    }
}
