using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Quantities;

/// <summary>The digits of a date the time stage read (a year, a day of the month) are never counted as people or attacks.</summary>
public class DateDigitsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static IReadOnlyList<Rasd.Records.FigureRecord> Figures(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14))).Events.SelectMany(e => e.Figures).ToList();

    [Theory]
    [InlineData("وفي أيلول/سبتمبر 2010 اعتقل الرجل لفترة قصيرة بعد استجوابه.", 2010)]
    [InlineData("وألقي القبض على الصحفي في يوليو 2015 بتركيا.", 2015)]
    [InlineData("ومنذ 2011 قتل مئات الآلاف في الحرب.", 2011)]
    [InlineData("وأمر الرئيس في نيسان 2017 بهجوم صاروخي على المطار.", 2017)]
    public void YearOfADateIsNoCount(string sentence, int year) =>
        Assert.DoesNotContain(Figures(sentence), f => f.Value == year);

    [Fact]
    public void CountBesideADateStays()
    {
        var figures = Figures("وقتل 5 أشخاص في 3 آذار 2019 في قصف على البلدة.");
        Assert.Contains(figures, f => f.Role == "killed" && f.Value == 5);
        Assert.DoesNotContain(figures, f => f.Value is 3 or 2019);
    }
}
