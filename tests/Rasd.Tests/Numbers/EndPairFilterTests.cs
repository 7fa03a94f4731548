using Rasd.Numbers;

namespace Rasd.Tests.Numbers;

/// <summary>The end-pair filter may let a non-key through but never turns a key (or a word too short to judge) away.</summary>
public class EndPairFilterTests
{
    [Fact]
    public void KeysPassAndWordsEndingLikeNoKeyDoNot()
    {
        var filter = new EndPairFilter();
        string[] keys = ["يوم", "شهر", "و", "الاسبوع"];
        filter.AddAll(keys);
        foreach (var k in keys) Assert.True(filter.MayContain(k), k);
        Assert.True(filter.MayContain("اليوم"));
        Assert.True(filter.MayContain("ب"));
        Assert.False(filter.MayContain("حكومه"));
        Assert.False(filter.MayContain("قال"));
    }
}
