namespace Rasd.Tests.Events;

/// <summary>"تقييمات للتهديدات", "مستوى التهديد": threats assessed or a threat level name no threat made; a threat made still is one.</summary>
public class ThreatAssessmentTests
{
    [Fact]
    public void Assessed_threats_are_no_threat()
    {
        var record = EventTexts.Extract("وألغت السلطات الهولندية يوم الأربعاء حفلا في لاهاي بعد تقييمات للتهديدات الأمنية، ورفعت مستوى التهديد في البلاد.");
        Assert.DoesNotContain(record.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_threat_made_stays_a_threat()
    {
        var record = EventTexts.Extract("ووجهت الحكومة الإيرانية يوم الأربعاء تهديدات إلى إسرائيل بالرد على أي هجوم.");
        Assert.Contains(record.Events, e => e.Type == "THREATEN");
    }
}
