using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Pipeline;
using Xunit.Abstractions;

namespace Rasd.Tests.Events;

/// <summary>The full pipeline over real news it has never seen (a slice of the ANT Syria subset): no exception, every event well formed.</summary>
public class CorpusRobustnessTests(ITestOutputHelper output)
{
    [Fact]
    public void ExtractsEveryArticleOfARealSliceWithoutFailing()
    {
        var path = SharedData.PathOrNull("data/news/ant-multisource/syria_subset.jsonl.gz");
        if (path is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var pipeline = RasdPipeline.CreateDefault();
        int articles = 0, events = 0;
        foreach (var item in DocumentSources.Open(path).Take(400))
        {
            if (item.Document is not { } doc) continue;
            var record = pipeline.Extract(doc);
            articles++;
            foreach (var e in record.Events)
            {
                events++;
                Assert.Contains(e.Type, Rasd.Events.PloverTypes.All);
                Assert.Contains(e.Mode, new[] { "actual", "planned", "possible", "negated" });
                Assert.NotEmpty(e.Evidence);
                Assert.All(e.Evidence, s => Assert.True(s.Start >= 0 && s.End <= doc.Text.Length && s.Start < s.End));
                if (e.Time is { } t) Assert.True(string.CompareOrdinal(t.Begin, t.End) <= 0, $"time {t.Begin}..{t.End}");
                Assert.All(e.Figures, f => Assert.True(f.Value >= 0));
            }
        }
        output.WriteLine($"{articles} articles, {events} events");
        Assert.True(articles >= 300, $"only {articles} articles read");
        Assert.True(events > articles / 2, $"only {events} events from {articles} articles");
    }
}
