namespace Rasd.Tests.Events;

/// <summary>A clinic that treats or takes in refugees counted by the number gives medical aid; it holds no meeting.</summary>
public class ClinicAidTests
{
    [Fact]
    public void PatientsCountedFarAfterTheVerbAreNoMeeting()
    {
        var record = EventTexts.Extract("الزعتري\n\nاستقبلت عيادة العيون التابعة للحملة الكويتية في مخيم الزعتري خلال الأسبوعين الماضيين نحو 800 لاجئا سوريا.", "clinic");
        Assert.DoesNotContain(record.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void HandlingAnIssueIsNoAid()
    {
        var record = EventTexts.Extract("الأزمة\n\nوقال الوزير الأردني إن الحكومة الأردنية تعالج الأزمة مع الحكومة السورية بالحوار.", "issue");
        Assert.DoesNotContain(record.Events, e => e.Type == "AID");
    }
}
