namespace Rasd.Tests.Entities;

/// <summary>"المرصد" alone, after the Syrian Observatory was named, is the Observatory again: the source of what it reports, never a party; no monitor makes arrests.</summary>
public class MonitorAnaphoraTests
{
    [Fact]
    public void TheObservatoryNamedAgainByItsHeadNounIsTheSourceOfWhatItReports()
    {
        var record = Events.EventTexts.Extract("قال المرصد السوري لحقوق الإنسان إن الطائرات قصفت مدينة دوما. وأفاد المرصد بوصول قوات أمريكية إلى مدينة منبج.");
        var deployment = Assert.Single(record.Events, e => e.Type == "MOBILIZE");
        Assert.Equal("Syrian Observatory for Human Rights", deployment.Source);
        Assert.DoesNotContain("SYRNGO", deployment.Actors);
    }

    [Fact]
    public void TheObservatoryNamedAgainTakesNoPartInTheFlightItReports()
    {
        var record = Events.EventTexts.Extract("قال المرصد السوري لحقوق الإنسان إن الطائرات قصفت مدينة دوما. وأوضح مدير المرصد أن التنظيم اعتقل عائلات كانت تنوي الفرار من المدينة.");
        Assert.DoesNotContain(record.Events, e => e.Actors.Contains("SYRNGO"));
    }

    [Fact]
    public void AMonitorWhoseFiguresTellOfArrestsIsNoJailer()
    {
        var record = Events.EventTexts.Extract("وبذلك تكون حالات الاعتقال في سوريا قد ارتفعت إلى 1200 حالة منذ مطلع العام، وفق أرقام الشبكة السورية لحقوق الإنسان.");
        var arrests = Assert.Single(record.Events, e => e.Type == "COERCE");
        Assert.DoesNotContain("SYRNGO", arrests.Actors);
    }
}
