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

/// <summary>The key filter never turns a key away and turns away most other words.</summary>
public class KeyFilterTests
{
    [Fact]
    public void KeysPassAndMostOtherWordsDoNot()
    {
        var filter = new KeyFilter();
        string[] keys = ["يوم", "شهر", "و", "", "الاسبوع", "قتلي"];
        filter.AddAll(keys);
        foreach (var k in keys) Assert.True(filter.MayContain(k), k);
        string[] others = ["حكومه", "قال", "الوزير", "المدينه", "اليوم", "شهرين", "مجلس", "الامن"];
        Assert.True(others.Count(w => !filter.MayContain(w)) >= others.Length - 1);
    }
}
