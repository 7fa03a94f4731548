using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Rasd.Ingest.Html;

/// <summary>Main text and metadata of a news page: metadata first, then chrome removal, SmartReader (Readability) to find the body, then Arabic boilerplate and byline cleanup.</summary>
public static class HtmlArticleExtractor
{
    /// <summary>Extracts the article of a page; throws <see cref="InputException"/> when no body text is found.</summary>
    public static HtmlArticle Extract(string html, string? url = null, string name = "page", BoilerplateRules? rules = null)
    {
        rules ??= BoilerplateRules.Default;
        var parser = new HtmlParser();
        var doc = parser.ParseDocument(html);
        var meta = HtmlMetadata.Read(doc, url);
        ChromeCleaner.Clean(doc, rules);

        IElement? content = null;
        try
        {
            var pageUrl = meta.Url ?? url;
            var reader = new Reader(pageUrl is not null && Uri.IsWellFormedUriString(pageUrl, UriKind.Absolute) ? pageUrl : "http://localhost/", doc)
            {
                ContinueIfNotReadable = true,
                CharThreshold = 200,
            };
            reader.AddCustomOperationEnd(e => content = e);
            // IsReadable is false for short reports, whose content is still right: judge by the text found
            var article = reader.GetArticle();
            if (!article.Completed) content = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability failed on odd markup; fall back to the cleaned body below
            content = null;
        }
        var paragraphs = content is null ? [] : HtmlText.Paragraphs(content);
        if (paragraphs.Count == 0)
        {
            // Readability found nothing and has altered the DOM: fall back to the whole cleaned page
            var fresh = parser.ParseDocument(html);
            ChromeCleaner.Clean(fresh, rules);
            paragraphs = HtmlText.Paragraphs((INode?)fresh.Body ?? fresh);
        }
        var cleaned = BodyCleaner.Clean(paragraphs, meta.Title, rules, out var byline);
        if (cleaned.Count == 0) throw new InputException($"{name}: no article text found in the page");
        return new HtmlArticle(cleaned, meta, byline);
    }

    /// <summary>The text of an HTML fragment (a feed item's content) after boilerplate cleanup, without the main-text search.</summary>
    public static string FragmentText(string html, BoilerplateRules? rules = null)
    {
        rules ??= BoilerplateRules.Default;
        var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        ChromeCleaner.Clean(doc, rules);
        return string.Join('\n', BodyCleaner.Clean(HtmlText.Paragraphs(doc.Body!), null, rules, out _));
    }
}
