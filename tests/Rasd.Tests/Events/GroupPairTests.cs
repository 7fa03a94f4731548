namespace Rasd.Tests.Events;

/// <summary>
/// "الجانبان الأردني والمصري" names its two governments itself; "الرئيسان" and "الوزيران" point back to the last two
/// governments named ("الرئيسين الروسي … والتركي …", where the second name's nationality carries the "و").
/// </summary>
public class GroupPairTests
{
    [Theory]
    [InlineData("واتفق الجانبان الأردني والمصري على فتح المعبر أمام الشاحنات.", "JORGOV", "EGYGOV")]
    [InlineData("وقد يتفق الطرفان –الروسي والتركي- على تمديد الهدنة في إدلب.", "RUSGOV", "TURGOV")]
    public void PairWithItsAdjectives(string text, string first, string second)
    {
        var deal = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "AGREE");
        Assert.Contains(first, deal.Actors);
        Assert.Contains(second, deal.Actors);
    }

    [Fact]
    public void TwoPresidentsPointBack()
    {
        const string text = "وتلقى الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان دعوة لزيارة العاصمة. واتفق الرئيسان على تنسيق المواقف.";
        var deal = Assert.Single(EventTexts.Extract(text).Events, e => e.Type == "AGREE");
        Assert.Contains("RUSGOV", deal.Actors);
        Assert.Contains("TURGOV", deal.Actors);
    }
}
