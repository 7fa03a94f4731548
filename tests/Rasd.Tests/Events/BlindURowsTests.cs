using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round U's rows that must yield no event: flight that is wished, urged or impossible is no displacement.</summary>
public class BlindURowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    [Theory]
    [InlineData("ولا يزال مئات المرضى غير القادرين على الهروب عالقين في مستشفى حرستا.")]
    [InlineData("وتسعى الشابة إلى الهروب من واقعها في مدينة حمص.")]
    [InlineData("وانتقد المسؤول تشجيع المدنيين على الفرار من مدينة منبج.")]
    public void NoDisplacement(string sentence)
    {
        var record = Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));
        Assert.DoesNotContain(record.Events, e => e.Type == "RETREAT");
    }
}
