namespace Rasd.Tests.Events;

/// <summary>
/// "إن النظام مسؤول عن الهجوم", "إن النظام يقف وراء الهجوم": a predicate that lays an attack at a party's door is an accusation
/// of that party by the speaker; a question, a denial or an official ("قال مسؤول في الحكومة") blames nobody.
/// </summary>
public class BlamePredicateTests
{
    [Fact]
    public void AskingWhoIsBehindBlamesNobody()
    {
        var record = EventTexts.Extract("تفجير\n\nوقالت الحكومة التركية إنها لا تعرف بعد من يقف وراء الهجوم على البلدة.", "who");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void ADeniedResponsibilityBlamesNobodyAndLeavesTheAttack()
    {
        var record = EventTexts.Extract("هجوم\n\nوتنفي دمشق أن تكون مسؤولة عن الهجوم على البلدة.", "denied");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Mode == "actual");
    }

    [Fact]
    public void AnOfficialSpeakingBlamesNobody()
    {
        var record = EventTexts.Extract("الحدود\n\nوقال مسؤول في الحكومة التركية إن أنقرة تدرس الوضع على الحدود مع سوريا.", "post");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void BackersOfTerrorNamedInARelativeClauseAreNobody()
    {
        var record = EventTexts.Extract("مؤتمر\n\nوقال الوزير إن الدول التي تدعم الإرهاب في إدلب معروفة للجميع.", "relative");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void WithNobodyRightBeforeItTheFartherNamesAreNotItsParties()
    {
        // the one who backs terror is told two verbs earlier; Britain, named after it, is what he works against
        var record = EventTexts.Extract("مؤتمر\n\nوقال الوزير إن حكومة كوبا لا تخدم مصالح شعبها وتدعم الإرهاب وتعمل ضد مصلحة بريطانيا.", "coordinated");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE" && (e.Actors.Contains("CUBGOV") || e.Targets.Contains("GBRGOV")));
    }

    [Fact]
    public void CiviliansAreNeverTheOnesBlamed()
    {
        var record = EventTexts.Extract("مؤتمر\n\nوقال الوزير إن هذه الدول تتاجر بدماء المدنيين وتدعم الإرهاب في إدلب.", "civilians");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE" && e.Targets.Any(t => t.EndsWith("CVL", StringComparison.Ordinal)));
    }

    [Fact]
    public void WhoeverFundsTerrorIsNobody()
    {
        var record = EventTexts.Extract("تمويل\n\nوقال الرئيس إن بلاده ستقاطع أي دولة تمول الإرهاب في أفريقيا.", "whoever");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void AShakenMarketAccusesNobody()
    {
        var record = EventTexts.Extract("أسواق\n\nوقال الخبير إن ارتفاع أسعار النفط قد يزعزع استقرار الأسواق العالمية.", "market");
        Assert.DoesNotContain(record.Events, e => e.Type == "ACCUSE");
    }
}
