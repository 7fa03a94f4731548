using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round W's rows that must yield no event of a type: the demand a protest is held for is no call of its own.</summary>
public class BlindWRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    [Theory]
    [InlineData("وتظاهر آلاف الطلاب أمام البرلمان في بيروت للمطالبة باستقالة الحكومة.")]
    [InlineData("اعتصم العشرات أمام مبنى المحافظة في درعا للمطالبة بالإفراج عن المعتقلين.")]
    [InlineData("وخرج مئات المحتجين في مدينة السويداء يوم الجمعة للمطالبة بالإفراج عن المعتقلين.")]
    [InlineData("وتظاهر المئات في مدينة إدلب مطالبين بإسقاط النظام.")]
    public void NoCallOfItsOwn(string sentence)
    {
        var record = Pipeline.Extract(new Document(sentence, "row", new DateOnly(2024, 3, 14)));
        Assert.Contains(record.Events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(record.Events, e => e.Type == "REQUEST");
    }
}
