using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round AA's rows: names inside the charge of an accusation never make it, a visit one is invited to is only possible, and a title's count takes the qualifier its body gives it.</summary>
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

    [Theory]
    // the invited visitor is a party; the visit is not told as made
    [InlineData("ووجه رئيس الوزراء البريطاني دعوة إلى العاهل المغربي لزيارة لندن.", "MARGOV")]
    [InlineData("وقدم الرئيس الفرنسي دعوة رسمية لنظيره اللبناني لزيارة باريس الشهر المقبل.", "LBNGOV")]
    public void InvitedVisitIsNoVisitMade(string sentence, string invited)
    {
        var record = Extract(sentence);
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT" && e.Mode == "actual");
        Assert.Contains(record.Events, e => e.Type == "CONSULT" && e.Actors.Contains(invited));
    }

    [Fact]
    public void TitleCountTakesTheBodyQualifier()
    {
        var record = Extract("12 قتيلا في قصف على بلدة بريف حماة\n\nقتل 12 شخصا على الأقل في قصف لقوات النظام على بلدة كفرزيتا بريف حماة.");
        Assert.Contains(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed" && f.Value == 12 && f.Qualifier == "at_least");
    }

    [Fact]
    public void TitleCountKeepsTheBodysFirstTelling()
    {
        // the body tells the count exactly first; a later rounded mention does not change it
        var record = Extract("مقتل 30 مسلحا في غارات على ريف دير الزور\n\nقتل 30 مسلحا في غارات جوية على ثلاثة مواقع في ريف دير الزور الشرقي.\n"
            + "وقال بيان الجيش إن الغارات أسفرت عن \"قتل نحو 30 إرهابيا\".");
        Assert.Contains(record.Events.SelectMany(e => e.Figures), f => f.Role == "killed" && f.Value == 30 && f.Qualifier == "exact");
    }

    [Fact]
    public void SecurityForcesAreNamedPlainly()
    {
        // the English name is the title table's role, which held a note
        var record = Extract("قتل شرطيان من قوات الأمن التركية في هجوم على مركز في مدينة ماردين.");
        var forces = Assert.Single(record.Entities, e => e.Text.Contains("قوات الأمن", StringComparison.Ordinal));
        Assert.Equal("Turkish security forces", forces.NameEn);
    }
}
