using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round JJ's rows: the Syrian president by his family name alone once named in full.</summary>
public class BlindJJRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Theory]
    // once "بشار الأسد" is named, the family name alone is him: he threatens, the one after him is threatened
    [InlineData("أشاد الرئيس السوري بشار الأسد بأداء الجيش أمس. وهدد الأسد الفصائل المسلحة بالحسم العسكري إن لم تسلم سلاحها.", "THREATEN")]
    [InlineData("استقبل الرئيس السوري بشار الأسد وفدا برلمانيا روسيا في دمشق. ونفى الأسد خلال اللقاء استخدام قواته أسلحة كيماوية.", "REJECT")]
    public void FamilyNameAloneIsThePresident(string text, string type) =>
        Assert.Contains(Extract(text).Events, e => e.Type == type && e.Actors.Contains("SYRGOV") && !e.Actors.Contains("SYRREB"));
}
