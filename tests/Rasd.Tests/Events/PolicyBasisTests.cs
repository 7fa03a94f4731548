namespace Rasd.Tests.Events;

/// <summary>"السياسة القائمة على رفض التوطين": what a policy is built on describes it; it is no refusal of its own.</summary>
public class PolicyBasisTests
{
    [Fact]
    public void A_policy_built_on_refusal_is_no_rejection()
    {
        var record = EventTexts.Extract("وانتقد الوزير المنظمة لأنها تواجه السياسة اللبنانية القائمة على رفض التوطين في لبنان.", "policy");
        Assert.DoesNotContain(record.Events, e => e.Type == "REJECT");
    }
}
