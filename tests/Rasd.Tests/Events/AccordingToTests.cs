namespace Rasd.Tests.Events;

/// <summary>A monitor, outlet or UN body told after "according to" is the source of a call, not the one who makes it.</summary>
public class AccordingToTests
{
    [Fact]
    public void TheMonitorThatReportsACallIsNotItsCaller()
    {
        var record = EventTexts.Extract("وأصدر مجلس الأمن الدولي مساء السبت قرارا يطلب هدنة فورية في الغوطة الشرقية، حسب ما أعلن المرصد السوري لحقوق الإنسان.");
        var e = Assert.Single(record.Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain("SYRNGO", e.Actors);
    }

    [Fact]
    public void TheMonitorThatCallsIsTheCaller()
    {
        var record = EventTexts.Extract("ودعا المرصد السوري لحقوق الإنسان إلى وقف القصف على الغوطة الشرقية.");
        Assert.Contains(record.Events, e => e.Type == "REQUEST" && e.Actors.Contains("SYRNGO"));
    }
}
