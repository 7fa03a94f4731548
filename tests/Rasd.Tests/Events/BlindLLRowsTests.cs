using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Tests.Events;

/// <summary>Round LL's rows: a date in a relative clause about a deal dates the deal, not the news around it.</summary>
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
}
