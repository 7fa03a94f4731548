namespace Rasd.Tests.Events;

/// <summary>An amnesty or pardon is a concession by the government that grants it; Amnesty International is no amnesty.</summary>
public class AmnestyTests
{
    [Theory]
    [InlineData("وأصدرت الحكومة المصرية مرسوما يقضي بمنح عفو عام عن المحكومين في قضايا الرأي.")]
    [InlineData("وأعلنت الحكومة الأردنية الأحد العفو العام عن آلاف السجناء.")]
    public void An_amnesty_is_a_concession(string text) =>
        Assert.Contains(EventTexts.Extract(text).Events, e => e.Type == "CONCEDE");

    [Fact]
    public void Amnesty_International_is_no_amnesty() =>
        Assert.DoesNotContain(EventTexts.Extract("وقالت منظمة العفو الدولية في تقرير إن السجون مكتظة.").Events, e => e.Type == "CONCEDE");

    [Fact]
    public void The_number_of_a_decree_does_not_date_it()
    {
        var record = EventTexts.Extract("وأصدر الرئيس اليوم المرسوم رقم 12 لعام 2019 القاضي بمنح عفو عام عن المتخلفين عن الخدمة.");
        var e = Assert.Single(record.Events, e => e.Type == "CONCEDE");
        Assert.Equal("2024-03-14", e.Time?.Begin);
    }
}
