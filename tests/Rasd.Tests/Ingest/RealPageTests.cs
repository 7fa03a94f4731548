using System.Text.Json;
using Rasd.Ingest;
using Rasd.Ingest.Html;
using Xunit.Abstractions;

namespace Rasd.Tests.Ingest;

/// <summary>The two real Arabic pages in ../shared/data/news/html: CNN Arabic against newspaper's expected text, Assabah against trafilatura's must/must-not snippets.</summary>
public class RealPageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("newspaper4k")]
    [InlineData("newspaper3k")]
    public void Cnn_arabic_main_text_matches_the_expected_text(string variant)
    {
        var html = SharedData.PathOrNull($"data/news/html/cnn_arabic_2013-08-03_syria.clashes.{variant}.html");
        var expected = SharedData.PathOrNull($"data/news/html/cnn_arabic_2013-08-03_syria.clashes.{variant}.expected.txt");
        if (html is null || expected is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var article = HtmlArticleExtractor.Extract(TextDecoder.ReadFile(html).Text, null, html);
        var similarity = TextSimilarity.Ratio(article.Body, File.ReadAllText(expected));
        output.WriteLine($"similarity {similarity:F4}\n{article.Body}");
        Assert.True(similarity >= 0.95, $"similarity {similarity:F4} < 0.95");
        Assert.Equal("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", article.Metadata.Title);
        Assert.Equal(new DateOnly(2013, 8, 3), article.Metadata.Published); // from the URL's date path
        Assert.Equal("CNNArabic", article.Metadata.SiteName);
    }

    [Fact]
    public void Assabah_keeps_the_interview_and_drops_the_site_chrome()
    {
        var html = SharedData.PathOrNull("data/news/html/assabah.com.tn.article.trafilatura.html");
        var eval = SharedData.PathOrNull("data/news/html/assabah.com.tn.article.trafilatura.evaldata.json");
        if (html is null || eval is null) { output.WriteLine(SharedData.SkipMessage); return; }
        using var json = JsonDocument.Parse(File.ReadAllText(eval));
        var root = json.RootElement;
        var article = HtmlArticleExtractor.Extract(TextDecoder.ReadFile(html).Text, root.GetProperty("url").GetString(), html);
        output.WriteLine(article.Body);
        foreach (var must in root.GetProperty("with").EnumerateArray()) Assert.Contains(must.GetString()!, article.Body);
        foreach (var mustNot in root.GetProperty("without").EnumerateArray()) Assert.DoesNotContain(mustNot.GetString()!, article.Body);
        Assert.Equal(HtmlText.Collapse(root.GetProperty("title").GetString()!), article.Metadata.Title);
    }
}
