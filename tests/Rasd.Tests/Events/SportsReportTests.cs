namespace Rasd.Tests.Events;

/// <summary>In a match report the game's sentences use trigger words in their sports sense (a match, an elimination, a sending-off): no events.</summary>
public class SportsReportTests
{
    private const string MatchReport =
        "الوحدة يودع كأس الخليج للأندية\n\n" +
        "ودع فريق الوحدة البطولة من الدور ربع النهائي مساء أمس، بعد خسارته أمام الشرطة بهدفين مقابل هدف في اللقاء الذي جمعهما على ملعب المدينة الرياضية.\n" +
        "وافتتح الشرطة التسجيل في الدقيقة 12 إثر تسديدة قوية من خارج المنطقة، قبل أن يعادل لاعب الوسط النتيجة من ركلة جزاء في نهاية الشوط الأول.\n" +
        "وفي الشوط الثاني شن الضيوف هجوما متواصلا على مرمى الوحدة، وأضافوا الهدف الثاني من تمريرة عرضية.\n" +
        "وتعرض مدافع الوحدة للطرد بعد تدخل عنيف، ليعلن الحكم نهاية المباراة وخروج الفريق من المسابقة.\n";

    [Fact]
    public void AMatchReportHasNoMeetingWithdrawalOrAttack()
    {
        var record = EventTexts.Extract(MatchReport, "match");
        Assert.DoesNotContain(record.Events, e => e.Type is "CONSULT" or "RETREAT" or "ASSAULT" or "COERCE");
    }

    [Fact]
    public void ASentenceWithoutSportsWordsInAMatchReportKeepsItsEvent()
    {
        const string war = "وكانت طائرات حربية قد قصفت مدينة حمص الأسبوع الماضي وقتلت خمسة مدنيين.\n";
        var record = EventTexts.Extract(MatchReport + war, "match-and-war");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT" && e.Places.Contains("SY04"));
    }

    [Fact]
    public void OneSportsWordDoesNotMakeAMatchReport()
    {
        // a stadium in a war report: the shelling is an attack
        const string text = "قصف على حمص\n\nوقصفت قوات النظام ملعب المدينة في حمص أمس، ما أدى إلى مقتل ثلاثة مدنيين كانوا يحتمون فيه.\n";
        var record = EventTexts.Extract(text, "stadium");
        Assert.Contains(record.Events, e => e.Type == "ASSAULT");
    }
}
