using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Entities;

/// <summary>Outlets tag names with hashtags whose words are joined by underscores ("#وزارة_الدفاع"): the name is read and written with spaces.</summary>
public class TaggedPhraseTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    [Theory]
    [InlineData("وبحث الوزير الأزمة مع نظيره في #كوريا_الجنوبية أمس.", "LOC", "كوريا الجنوبية")]
    [InlineData("وعقد #مجلس_الأمن جلسة طارئة لبحث الوضع في المنطقة.", "ORG", "مجلس الأمن")]
    public void ATaggedNameIsFoundAndWrittenWithSpaces(string sentence, string type, string name)
    {
        var record = Pipeline.Extract(new Document(sentence, "t", new DateOnly(2024, 3, 14)));
        Assert.Contains(record.Entities, e => e.Type == type && e.Text == name);
    }
}
