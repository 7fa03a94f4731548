namespace Rasd.Tests.Events;

/// <summary>"قال مسؤول أمريكي", "جنرال أمريكي", "ضابط إسرائيلي": an unnamed official, officer or diplomat named by a nationality acts for that state.</summary>
public class UnnamedOfficialTests
{
    [Theory]
    [InlineData("وهدد جنرال أمريكي بالرد على أي هجوم تركي.", "THREATEN", "USAMIL")]
    [InlineData("وحذر قائد عسكري روسي من أن قواته سترد على أي هجوم.", "THREATEN", "RUSMIL")]
    [InlineData("وندد دبلوماسي فرنسي بالهجوم الكيميائي على المدينة.", "ACCUSE", "FRAGOV")]
    [InlineData("ونفى مسؤول تركي وجود أي اتفاق لسحب القوات من المدينة.", "REJECT", "TURGOV")]
    public void TheStateActs(string sentence, string type, string actor)
    {
        var ev = Assert.Single(EventTexts.Extract(sentence).Events, e => e.Type == type);
        Assert.Contains(actor, ev.Actors);
    }

    [Fact]
    public void TheAccuserIsNotTheAccused()
    {
        var ev = Assert.Single(EventTexts.Extract("واتهم ضابط إسرائيلي حزب الله بإطلاق الصواريخ على الجليل.").Events, e => e.Type == "ACCUSE");
        Assert.Equal(["ISRMIL"], ev.Actors);
        Assert.Contains("LBNREB", ev.Targets);
    }
}
