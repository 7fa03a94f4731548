using System.Text.Json;
using Rasd.Ingest;
using Rasd.Ingest.Html;
using Xunit.Abstractions;

namespace Rasd.Tests.Ingest;

/// <summary>News-theme pages written for these tests (WordPress/Jannah-like chrome): the body must come out exactly, the metadata right.</summary>
public class ThemePageTests(ITestOutputHelper output)
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Fixtures.Dir, "*.expected.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f)[..^".expected.json".Length]);
        return data;
    }

    [Fact]
    public void There_are_at_least_eight_theme_pages() => Assert.True(Pages().Count >= 8);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Body_is_exact_and_metadata_right(string name)
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Fixtures.PathOf(name + ".expected.json")));
        var e = expected.RootElement;
        var article = HtmlArticleExtractor.Extract(File.ReadAllText(Fixtures.PathOf(name + ".html")), null, name);
        output.WriteLine(article.Body);
        var body = e.GetProperty("body").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(body, article.Paragraphs);
        Assert.Equal(e.GetProperty("title").GetString(), article.Metadata.Title);
        Assert.Equal(DateOnly.Parse(e.GetProperty("published").GetString()!), article.Metadata.Published);
        Assert.Equal(e.GetProperty("source").GetString(), article.Source);
        Assert.Equal(e.GetProperty("url").GetString(), article.Metadata.Url);
        if (e.TryGetProperty("author", out var author)) Assert.Equal(author.GetString(), article.Metadata.Author);
    }

    [Fact]
    public void Page_document_is_title_then_body_and_carries_its_text()
    {
        var item = Assert.Single(DocumentSources.Open(Fixtures.PathOf("br_separated_body.html")));
        var doc = item.Document!;
        Assert.True(doc.TextExtracted);
        Assert.StartsWith(doc.Title + "\n\n", doc.Text);
        Assert.Equal(new DateOnly(2020, 11, 21), doc.Published);
        Assert.Equal("br_separated_body", doc.Name);
    }
}
