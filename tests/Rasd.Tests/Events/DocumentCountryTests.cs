using Rasd.Documents;
using Rasd.Entities;
using Rasd.Events;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>The country a report with nothing Syrian is about, worked out once per entity layer.</summary>
public class DocumentCountryTests
{
    private static readonly RasdPipeline Pipeline = new RasdPipelineBuilder().Add(new EntityStage((string?)null)).Build();

    private const string OnNigeria = "أعلنت الشرطة في نيجيريا أن مسلحين هاجموا سوقا شعبيا قرب لاغوس، وقالت حكومة نيجيريا إنها ستلاحقهم.";

    [Fact]
    public void AReportNamingACountryTwiceIsAboutIt()
    {
        var analysis = Pipeline.Analyze(new Document(OnNigeria, "t", null));
        Assert.Equal("NGA", DocumentCountry.Of(analysis));
        // asked again, the same answer (kept as a layer of the analysis)
        Assert.Equal("NGA", DocumentCountry.Of(analysis));
        Assert.NotNull(analysis.Get<DocumentCountry>());
    }

    // the answer kept belongs to the entity layer it was read from: a stage that replaces the layer is read afresh
    [Fact]
    public void AReplacedEntityLayerIsReadAgain()
    {
        var analysis = Pipeline.Analyze(new Document(OnNigeria, "t", null));
        Assert.Equal("NGA", DocumentCountry.Of(analysis));
        var layer = analysis.Get<EntityLayer>()!;
        var withSyria = layer.Mentions.Select(m => m.Places.Count == 1 && m.Places[0] == "NGA" ? m with { Places = ["SYR"] } : m).ToList();
        analysis.Set(new EntityLayer(withSyria));
        Assert.Null(DocumentCountry.Of(analysis));
    }
}
