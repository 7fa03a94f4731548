using Rasd.Text;

namespace Rasd.Tests.Text;

/// <summary>The thread's recent words: a word met again keeps its slot once against a newcomer (second chance), a word met once does not.</summary>
public class RecentWordsTests
{
    private static readonly CliticAnalyzer Analyzer = new();

    // three hashes that share a slot (equal low bits) and, as every word hash, have their lowest bit set
    private const int First = 0x1235, Second = 0x2235, Third = 0x3235;

    private static WordInfo Remember(RecentWords recent, int hash, string word)
    {
        var info = new WordInfo(word, TokenKind.Word, Analyzer);
        recent.Remember(hash, TokenKind.Word, word, word, info);
        return info;
    }

    private static WordInfo? Find(RecentWords recent, int hash, string word) => recent.Find(word, hash, TokenKind.Word, out _);

    [Fact]
    public void AWordMetAgainKeepsItsSlotAgainstOneNewcomer()
    {
        var recent = new RecentWords();
        var kept = Remember(recent, First, "مدرسه");
        Assert.Same(kept, Find(recent, First, "مدرسه"));
        Remember(recent, Second, "قنطره");
        Assert.Same(kept, Find(recent, First, "مدرسه"));
        Assert.Null(Find(recent, Second, "قنطره"));
    }

    [Fact]
    public void AWordMetOnceGivesWayToANewcomer()
    {
        var recent = new RecentWords();
        Remember(recent, First, "مدرسه");
        var newcomer = Remember(recent, Second, "قنطره");
        Assert.Null(Find(recent, First, "مدرسه"));
        Assert.Same(newcomer, Find(recent, Second, "قنطره"));
    }

    [Fact]
    public void TheSecondChanceIsSpentOnTheFirstNewcomer()
    {
        var recent = new RecentWords();
        Remember(recent, First, "مدرسه");
        Find(recent, First, "مدرسه");
        Remember(recent, Second, "قنطره");
        var third = Remember(recent, Third, "سنبله");
        Assert.Null(Find(recent, First, "مدرسه"));
        Assert.Same(third, Find(recent, Third, "سنبله"));
    }
}
