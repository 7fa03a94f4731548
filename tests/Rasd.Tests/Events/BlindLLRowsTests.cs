using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round LL's rows: a date in a relative clause about a deal dates the deal, not the news around it; a verb right after a relative pronoun has the name before it for subject; a time after the deed a request asks for is that deed's; those who refuse to leave are not displaced.</summary>
public class BlindLLRowsTests
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    private static Rasd.Records.RasdRecord Extract(string text) =>
        Pipeline.Extract(new Document(text, "row", new DateOnly(2024, 3, 14)));

    [Fact]
    public void TheDealsDayInARelativeClauseIsNotTheNewsDay()
    {
        // "اتفاق تم التوصل إليه الاثنين الماضي": the deal's Monday; the halted evacuation and the refusal told next are Thursday's
        var events = Extract("وعادت الحافلات أدراجها الخميس، بعد أن حالت الخلافات دون تنفيذ عمليات إجلاء كانت مقررة من بلدة طفس وفق اتفاق تم التوصل إليه الاثنين الماضي. وقال المرصد إن مئات المقاتلين في بلدة طفس يرفضون الخروج.").Events;
        Assert.Contains(events, e => e.Type == "REJECT" && e.Time != null && e.Time.Begin == "2024-03-14");
        Assert.Contains(events, e => e.Type == "RETREAT" && e.Mode == "negated" && e.Time != null && e.Time.Begin == "2024-03-14");
        Assert.DoesNotContain(events, e => e.Type is "REJECT" or "RETREAT" && e.Time != null && e.Time.Begin == "2024-03-11");
    }

    [Theory]
    // "X الذي/التي + verb + Y": the name the pronoun follows asks, the name after the verb is asked
    [InlineData("والتقى الوزير نظيره الفرنسي الذي دعا الحكومة الإيرانية إلى وقف دعم الميليشيات.", "FRAGOV", "IRNGOV")]
    [InlineData("وأجرى الوزير اتصالا مع المستشارة الألمانية التي طالبت الحكومة الإيطالية باحترام حقوق المهاجرين.", "DEUGOV", "ITAGOV")]
    public void TheNameBeforeTheRelativePronounIsTheVerbsSubject(string sentence, string actor, string target) =>
        Assert.Contains(Extract(sentence).Events, e => e.Type == "REQUEST" && e.Actors.Contains(actor) && e.Targets.Contains(target) && !e.Actors.Contains(target));

    [Fact]
    public void TheTimeOfTheDeedAskedForIsNotTheRequests()
    {
        // "هذا الأسبوع" is when the session is to be held; the asking is yesterday's
        var events = Extract("وقالت وزارة الخارجية الفرنسية أمس إن فرنسا طلبت من مجلس الأمن عقد جلسة طارئة هذا الأسبوع لبحث الوضع في إدلب.").Events;
        Assert.Contains(events, e => e.Type == "REQUEST" && e.Actors.Contains("FRAGOV") && e.Time != null && e.Time.Begin == "2024-03-13" && e.Time.End == "2024-03-13");
    }

    [Fact]
    public void ThoseWhoRefuseToLeaveAreNotDisplaced()
    {
        var events = Extract("ورفض آلاف المقاتلين الخروج من بلدة طفس في ريف درعا.").Events;
        Assert.Contains(events, e => e.Type == "RETREAT" && e.Mode == "negated");
        Assert.DoesNotContain(events, e => e.Figures.Any(f => f.Role == "displaced"));
    }
}
