namespace Rasd.Tests.Events;

/// <summary>"مغادرة القوات": forces leaving is a withdrawal; a delegation or a person leaving is not.</summary>
public class ForcesLeavingTests
{
    [Fact]
    public void ForcesLeavingIsAWithdrawal() =>
        Assert.Contains(EventTexts.Extract("وبحث البرلمان الأردني جدولا زمنيا لمغادرة القوات الأجنبية أراضي المملكة.").Events, e => e.Type == "RETREAT");

    [Fact]
    public void APersonLeavingIsNoWithdrawal() =>
        Assert.DoesNotContain(EventTexts.Extract("وأعلن مكتب الوزير مغادرة الوفد العاصمة بعد انتهاء الزيارة.").Events, e => e.Type == "RETREAT");
}
