using Rasd.Numbers;

namespace Rasd.Tests.Numbers;

/// <summary>The end filter may let a word through that ends with no key, but never turns away one that does.</summary>
public class EndPairFilterTests
{
    [Fact]
    public void WordsEndingWithAKeyPassAndWordsEndingLikeNoKeyDoNot()
    {
        var filter = new EndPairFilter();
        string[] keys = ["يوم", "شهر", "من", "الاسبوع"];
        filter.AddAll(keys);
        foreach (var k in keys) Assert.True(filter.MayContain(k), k);
        Assert.True(filter.MayContain("اليوم"));
        Assert.True(filter.MayContain("وضمن"));
        Assert.True(filter.MayContain("بالاسبوع"));
        Assert.False(filter.MayContain("حكومه"));
        Assert.False(filter.MayContain("قال"));
        Assert.False(filter.MayContain("ب"));
        // a one-letter key may end any word
        filter.Add("و");
        Assert.True(filter.MayContain("حكومه"));
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
