using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round AA's rows: names inside the charge of an accusation never make it.</summary>
public class BlindAARowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string sentence) =>
        Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // the parties of the deed charged are no accusers
    [InlineData("ويتهم رجل الأعمال بالعمل وسيطا بين الحكومة السورية وتنظيم داعش.")]
    [InlineData("واتُّهم المهندس بتهريب قطع غيار إلى الحكومة السورية.")]
    public void ChargedPartiesDoNotAccuse(string sentence) =>
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "ACCUSE" && e.Actors.Contains("SYRGOV"));
}
