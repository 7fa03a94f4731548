using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

/// <summary>RSS 2.0 and Atom fixtures: items become documents; an empty or malformed item is skipped with a reason and the rest go on.</summary>
public class FeedTests
{
    [Fact]
    public void Rss_items_with_a_broken_one()
    {
        var items = DocumentSources.Open(Fixtures.PathOf("feeds/news.rss")).ToList();
        Assert.Equal(5, items.Count);
        var ok = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        Assert.Equal(3, ok.Count);

        var bridge = ok[0];
        Assert.Equal("انهيار جزئي لجسر قديم فوق النهر دون إصابات", bridge.Title);
        Assert.Equal(new DateOnly(2022, 4, 5), bridge.Published);
        Assert.Equal("https://wadi.example/2022/04/05/bridge/", bridge.Url);
        Assert.Equal("نشرة الوادي الإخبارية", bridge.Source);
        Assert.Equal(
            "انهيار جزئي لجسر قديم فوق النهر دون إصابات\n\n" +
            "انهار جزء من جسر حجري قديم فوق النهر فجر الثلاثاء، من دون أن يسفر ذلك عن إصابات، بحسب البلدية.\n" +
            "وأغلقت الشرطة الطريق المؤدي إلى الجسر ريثما يفحص المهندسون ما تبقى منه.", bridge.Text); // content:encoded wins; caption and "اقرأ أيضاً" gone
        Assert.True(bridge.TextExtracted);

        Assert.Equal(new DateOnly(2022, 4, 6), ok[1].Published);
        Assert.EndsWith("بمشاركة مئات المزارعين.", ok[1].Text);
        Assert.Equal(new DateOnly(2022, 4, 8), ok[2].Published); // dc:date
        Assert.EndsWith("في الساحة العامة.", ok[2].Text); // share line dropped

        Assert.Contains("no content", items[2].Error);
        Assert.Contains("malformed item", items[3].Error);
    }

    [Fact]
    public void Atom_entries_with_an_empty_one()
    {
        var items = DocumentSources.Open(Fixtures.PathOf("feeds/news.atom")).ToList();
        Assert.Equal(3, items.Count);
        var first = items[0].Document!;
        Assert.Equal(new DateOnly(2021, 12, 1), first.Published); // published, not updated; calendar date as written
        Assert.Equal("https://sahl.example/news/vaccines-arrive", first.Url);
        Assert.Equal("وكالة السهل للأنباء", first.Source);
        Assert.EndsWith("مئتي ألف جرعة.\nوقالت وزارة الصحة إن التوزيع على المراكز يبدأ صباح الخميس.", first.Text);
        var second = items[1].Document!;
        Assert.Equal(new DateOnly(2021, 12, 2), second.Published);
        Assert.Contains("أسبوعاً إضافياً", second.Text);
        Assert.Null(items[2].Document);
        Assert.Contains("no content", items[2].Error);
    }

    [Fact]
    public void Unreachable_feed_url_is_a_clear_failure()
    {
        var item = Assert.Single(DocumentSources.Open("http://127.0.0.1:9/feed.rss", null, SourceOptions.Default with { FetchTimeout = TimeSpan.FromSeconds(5) }));
        Assert.Null(item.Document);
        Assert.Contains("cannot fetch", item.Error);
    }
}
