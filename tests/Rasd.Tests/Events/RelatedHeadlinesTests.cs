using Rasd.Events;

namespace Rasd.Tests.Events;

/// <summary>A block of other reports' headlines set between a story's paragraphs tells those reports' news, not this one's.</summary>
public class RelatedHeadlinesTests
{
    private const string Lead =
        "قتلى في قصف على ريف حماة\n\n" +
        "قتل أربعة مدنيين، الأحد، في قصف مدفعي لقوات النظام على بلدة اللطامنة في ريف حماة الشمالي، بحسب الدفاع المدني.\n";

    private const string Rest =
        "وقال الدفاع المدني إن فرقه أخلت الجرحى إلى مشاف ميدانية في المنطقة بعد ساعات من القصف.\n";

    // three headlines of other reports, none a finished sentence
    private const string Headlines =
        "مقتل 12 شخصا في انفجار سيارة مفخخة في مدينة الباب\n" +
        "الأمم المتحدة تدعو إلى هدنة إنسانية في جنوب سوريا\n" +
        "من هم المقاتلون الأجانب في صفوف الفصائل؟\n";

    [Fact]
    public void AHeadlineBlockBetweenParagraphsIsFound()
    {
        var text = Lead + Headlines + Rest;
        var block = Assert.Single(RelatedHeadlines.Blocks(text));
        Assert.Equal(text.IndexOf("مقتل 12", StringComparison.Ordinal), block.Start);
        Assert.Equal(text.IndexOf("الفصائل؟", StringComparison.Ordinal) + "الفصائل؟".Length, block.End);
    }

    [Fact]
    public void ItsEventsAndFiguresAreNotThisReports()
    {
        var record = EventTexts.Extract(Lead + Headlines + Rest, "headlines");
        var attack = Assert.Single(record.Events, e => e.Type == "ASSAULT");
        Assert.Contains("SY05", attack.Places);
        Assert.DoesNotContain(attack.Figures, f => f.Value == 12);
        Assert.DoesNotContain(record.Events, e => e.Type is "REQUEST" or "AGREE");
    }

    [Fact]
    public void TwoShortLinesTiedToTheTextAreNoBlock()
    {
        // a subheading and a line that continues the report ("و…") stay part of it
        var text = Lead + "الأمم المتحدة تدعو إلى هدنة إنسانية في جنوب سوريا\nوالمقاتلون الأجانب في صفوف الفصائل يرفضون الخروج\n" + Rest;
        Assert.Empty(RelatedHeadlines.Blocks(text));
        Assert.Contains(EventTexts.Extract(text, "two-lines").Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void TwoShortLinesIntroducingAListAreNoBlock()
    {
        var text = Lead + "الأمم المتحدة تدعو إلى هدنة إنسانية في جنوب سوريا\nوهذه أبرز بنود الهدنة المقترحة:\n" + Rest;
        Assert.Empty(RelatedHeadlines.Blocks(text));
    }

    [Fact]
    public void TwoHeadlinesBetweenFinishedParagraphsAreABlock()
    {
        // two links to other reports set between paragraphs: their appeal and their toll are not this report's
        var pair = "الأمم المتحدة تدعو إلى هدنة إنسانية في جنوب سوريا\nناشطون: \"مقتل 12 شخصا في انفجار سيارة مفخخة في الباب\"\n";
        var text = Lead + pair + Rest;
        var block = Assert.Single(RelatedHeadlines.Blocks(text));
        Assert.Equal(text.IndexOf("الأمم المتحدة", StringComparison.Ordinal), block.Start);
        var record = EventTexts.Extract(text, "pair");
        Assert.DoesNotContain(record.Events, e => e.Type is "REQUEST" or "AGREE");
        Assert.DoesNotContain(record.Events.SelectMany(e => e.Figures), f => f.Value == 12);
    }

    [Fact]
    public void TwoShortLinesRightAfterTheTitleAreNoBlock()
    {
        // a page's subtitle lines open the report; only lines between finished paragraphs are set-in links
        var text = "قتلى في قصف على ريف حماة\n\nالأمم المتحدة تدعو إلى هدنة إنسانية في جنوب سوريا\nمقتل أربعة مدنيين في ريف حماة\n" + Rest;
        Assert.Empty(RelatedHeadlines.Blocks(text));
    }

    [Fact]
    public void LinesEndingWithAFullStopAreTheReportsOwn()
    {
        var text = Lead + Headlines.Replace("\n", ".\n", StringComparison.Ordinal) + Rest;
        Assert.Empty(RelatedHeadlines.Blocks(text));
    }
}
