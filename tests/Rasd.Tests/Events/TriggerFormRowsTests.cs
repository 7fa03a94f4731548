namespace Rasd.Tests.Events;

/// <summary>
/// Trigger words whose sense a neighbour decides: the imperfect "يبحث/تبحث" discusses only with someone, a town described as
/// the cradle of protests tells no protest, and the accusative or pronoun forms of a listed word ("منعاً", "دعمهم") answer to
/// its rows in the sense tables.
/// </summary>
public class TriggerFormRowsTests
{
    [Fact]
    public void ConsideringAStepIsNoTalks()
    {
        var record = EventTexts.Extract("الأردن والمعابر\n\nوتبحث الحكومة الأردنية زيادة عدد المعابر الحدودية.", "considers");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void CradleOfProtestsIsNoProtest()
    {
        var record = EventTexts.Extract("حمص\n\nوكانت مدينة حمص مهد الاحتجاجات السلمية في عام 2011.", "cradle");
        Assert.DoesNotContain(record.Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void ProtestsTakingPlaceAreStillProtests()
    {
        var record = EventTexts.Extract("حمص\n\nوخرجت احتجاجات في مدينة حمص أمس ضد ارتفاع الأسعار.", "protest");
        Assert.Contains(record.Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void PreventionInTheAccusativeAnswersToTheRequirements()
    {
        var record = EventTexts.Extract("الحدود\n\nوأرسل الجيش التركي قوات إضافية إلى الحدود، منعاً لتسلل المسلحين إلى أراضيه.", "prevent");
        Assert.Contains(record.Events, e => e.Type == "MOBILIZE");
        Assert.DoesNotContain(record.Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void SupportWithAPronounAnswersToTheBlockers()
    {
        var record = EventTexts.Extract("عقوبات\n\nوفرضت واشنطن عقوبات على قادة الجماعة بسبب دعمهم للإرهاب.", "charge");
        Assert.Contains(record.Events, e => e.Type == "SANCTION");
        Assert.DoesNotContain(record.Events, e => e.Type == "SUPPORT");
    }
}
