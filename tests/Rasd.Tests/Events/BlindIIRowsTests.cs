using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round II's rows: a date right after an attack noun dates that attack, not the call, charge or threat told about it.</summary>
public class BlindIIRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    [InlineData("وطالب المسلح بإطلاق سراح أحد المتهمين في هجمات بروكسل في 22 مارس 2016.", "REQUEST")]
    [InlineData("واتهمت الحكومة العراقية تنظيم داعش بالمسؤولية عن هجوم الأحد الماضي على السوق.", "ACCUSE")]
    public void StatementIsNotDatedByTheAttack(string sentence, string type)
    {
        var events = Extract(sentence).Events;
        var statement = Assert.Single(events, e => e.Type == type);
        Assert.Equal("2024-03-14", statement.Time?.Begin);
    }

    [Fact]
    public void AttackKeepsItsDate() =>
        Assert.Contains(Extract("وطالب المسلح بإطلاق سراح أحد المتهمين في هجمات بروكسل في 22 مارس 2016.").Events,
            e => e.Type == "ASSAULT" && e.Time?.Begin == "2016-03-22");
}
