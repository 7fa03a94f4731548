using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Rasd.Ingest.Html;

/// <summary>What a page says about itself: title, publication date, canonical URL, site, author — from Open Graph / article:* meta, JSON-LD NewsArticle, &lt;time datetime&gt; and the URL's date path.</summary>
public sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Url, string? SiteName, string? Author)
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date", "date",
        "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    ];

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage", "Report",
    };

    /// <summary>Reads the metadata of a parsed page; <paramref name="url"/> is where it came from, if known.</summary>
    public static HtmlMetadata Read(IHtmlDocument doc, string? url)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var content = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(content)) continue;
            foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries)) metas.TryAdd(k, content.Trim());
        }
        var ld = JsonLd(doc);
        string? Meta(params string[] keys) => keys.Select(k => metas.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

        var title = Clean(Meta("og:title", "twitter:title") ?? ld?.Headline ?? doc.QuerySelector("h1")?.TextContent ?? doc.Title);
        var canonical = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var pageUrl = Absolute(canonical) ?? Absolute(Meta("og:url")) ?? url;

        DateOnly? published = null;
        foreach (var k in DateMetas)
            if ((published = DateParser.Parse(metas.GetValueOrDefault(k))) is not null) break;
        published ??= DateParser.Parse(ld?.DatePublished);
        published ??= DateParser.Parse(doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"));
        published ??= doc.QuerySelectorAll("time[datetime]").Select(t => DateParser.Parse(t.GetAttribute("datetime"))).FirstOrDefault(d => d is not null);
        published ??= DateParser.FromUrl(pageUrl) ?? DateParser.FromUrl(url);
        published ??= DateParser.Parse(metas.GetValueOrDefault("article:modified_time"));

        var site = Clean(Meta("og:site_name", "application-name") ?? ld?.Publisher);
        var author = Clean(ld?.Author ?? Meta("author", "article:author", "byl"));
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author = null;
        return new HtmlMetadata(title, published, pageUrl, site, author);
    }

    private static string? Absolute(string? u) =>
        u is not null && Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;

    private static string? Clean(string? s)
    {
        if (s is null) return null;
        var c = HtmlText.Collapse(s);
        return c.Length == 0 ? null : c;
    }

    private sealed record LdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher);

    /// <summary>The first JSON-LD object of an article type (also inside @graph or arrays); malformed JSON is ignored.</summary>
    private static LdArticle? JsonLd(IHtmlDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement) is { } found) return found;
            }
            catch (JsonException)
            {
                // a broken JSON-LD block is common; other metadata still applies
            }
        }
        return null;
    }

    private static LdArticle? Find(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) if (Find(x) is { } f) return f;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@graph", out var graph) && Find(graph) is { } g) return g;
        if (!e.TryGetProperty("@type", out var type)) return null;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
        if (!types.Any(t => t is not null && ArticleTypes.Contains(t))) return null;
        return new LdArticle(Str(e, "headline") ?? Str(e, "name"), Str(e, "datePublished") ?? Str(e, "dateCreated"), Name(e, "author"), Name(e, "publisher"));
    }

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A name from a string, an object with "name", or the first of an array of either.</summary>
    private static string? Name(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) v = v.EnumerateArray().FirstOrDefault();
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name"),
            _ => null,
        };
    }
}
