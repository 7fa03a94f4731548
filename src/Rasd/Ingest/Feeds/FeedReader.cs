using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Rasd.Documents;
using Rasd.Ingest.Html;

namespace Rasd.Ingest.Feeds;

/// <summary>RSS 2.0 / RSS 1.0 and Atom feeds: each item becomes a document (content:encoded, else description / content, else summary; HTML to text). A malformed or empty item is a failed item; the others go on.</summary>
public static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the text looks like a feed (its root is rss, feed or rdf:RDF).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return FeedRoot().IsMatch(head);
    }

    /// <summary>The items of a feed document; <paramref name="origin"/> names the feed in messages and item names.</summary>
    public static IEnumerable<SourceItem> Read(string xml, string origin, string name, DateOnly? defaultDate)
    {
        XDocument? doc = null;
        string? parseError = null;
        try { doc = XDocument.Parse(xml, LoadOptions.None); }
        catch (XmlException e) { parseError = e.Message; }
        if (doc is not null) return FromDocument(doc, origin, name, defaultDate);
        return ItemByItem(xml, origin, name, defaultDate, parseError!);
    }

    private static IEnumerable<SourceItem> FromDocument(XDocument doc, string origin, string name, DateOnly? defaultDate)
    {
        var root = doc.Root!;
        var feedTitle = FeedTitle(root);
        var items = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0) return [SourceItem.Failed(origin, $"{origin}: no items in the feed")];
        return items.Select((e, i) => Item(e, $"{origin}#item{i + 1}", $"{name}-{i + 1}", feedTitle, defaultDate));
    }

    /// <summary>The whole feed is not well-formed: parse each item on its own, so one broken item costs only itself.</summary>
    private static IEnumerable<SourceItem> ItemByItem(string xml, string origin, string name, DateOnly? defaultDate, string parseError)
    {
        var rootTag = FeedRoot().Match(xml);
        if (!rootTag.Success) { yield return SourceItem.Failed(origin, $"{origin}: not a feed ({parseError})"); yield break; }
        var namespaces = string.Join(' ', XmlnsDecl().Matches(rootTag.Value).Select(m => m.Value));
        var titleMatch = ChannelTitle().Match(xml);
        var feedTitle = titleMatch.Success ? HtmlText.Collapse(System.Net.WebUtility.HtmlDecode(titleMatch.Groups[1].Value)) : null;
        var chunks = ItemChunk().Matches(xml);
        if (chunks.Count == 0) { yield return SourceItem.Failed(origin, $"{origin}: malformed feed ({parseError}) and no items found"); yield break; }
        for (int i = 0; i < chunks.Count; i++)
        {
            var itemOrigin = $"{origin}#item{i + 1}";
            XElement? element = null;
            string? error = null;
            try
            {
                var wrapped = XElement.Parse($"<wrap {namespaces}>{chunks[i].Value}</wrap>");
                element = wrapped.Elements().First();
            }
            catch (XmlException e) { error = $"{itemOrigin}: malformed item skipped ({e.Message})"; }
            yield return element is null ? SourceItem.Failed(itemOrigin, error!) : Item(element, itemOrigin, $"{name}-{i + 1}", feedTitle, defaultDate);
        }
    }

    private static SourceItem Item(XElement e, string origin, string name, string? feedTitle, DateOnly? defaultDate)
    {
        var title = Text(Child(e, "title"));
        var link = Link(e);
        var html = Child(e, Content + "encoded")?.Value
            ?? Child(e, "description")?.Value
            ?? Child(e, Atom + "content")?.Value ?? Child(e, "content")?.Value
            ?? Child(e, Atom + "summary")?.Value ?? Child(e, "summary")?.Value;
        var body = string.IsNullOrWhiteSpace(html) ? "" : HtmlArticleExtractor.FragmentText(html);
        if (body.Length == 0) return SourceItem.Failed(origin, $"{origin}: item has no content{(title is null ? "" : $" ('{title}')")}");
        var dateText = Child(e, "pubDate")?.Value ?? Child(e, "published")?.Value ?? Child(e, Dc + "date")?.Value ?? Child(e, "updated")?.Value;
        var published = DateParser.Parse(dateText) ?? DateParser.FromUrl(link) ?? defaultDate;
        var id = Child(e, "guid")?.Value ?? Child(e, "id")?.Value;
        var doc = new Document(Corpora.CorpusRecord.Compose(title, body), name, published, feedTitle, link ?? id, title) { TextExtracted = true };
        var warning = dateText is not null && DateParser.Parse(dateText) is null ? $"{origin}: unreadable date '{dateText.Trim()}'" : null;
        return SourceItem.Ok(origin, doc, warning);
    }

    private static string? FeedTitle(XElement root)
    {
        var channel = root.Elements().FirstOrDefault(x => x.Name.LocalName == "channel") ?? root;
        return Text(channel.Elements().FirstOrDefault(x => x.Name.LocalName == "title"));
    }

    private static XElement? Child(XElement e, XName name) => e.Element(name);

    /// <summary>A child by local name in any namespace (RSS has none, Atom has its own).</summary>
    private static XElement? Child(XElement e, string localName) =>
        e.Elements().FirstOrDefault(x => x.Name.LocalName == localName && (x.Name.Namespace == XNamespace.None || x.Name.Namespace == Atom || x.Name.Namespace == e.Name.Namespace));

    private static string? Link(XElement e)
    {
        foreach (var l in e.Elements().Where(x => x.Name.LocalName == "link"))
        {
            var href = l.Attribute("href")?.Value;
            if (href is not null && (l.Attribute("rel")?.Value ?? "alternate") == "alternate") return href.Trim();
            if (href is null && l.Value.Trim().Length > 0) return l.Value.Trim();
        }
        return null;
    }

    private static string? Text(XElement? e)
    {
        if (e is null) return null;
        var t = HtmlText.Collapse(e.Value.Contains('<') ? HtmlArticleExtractor.FragmentText(e.Value) : e.Value);
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"<(rss|feed|rdf:RDF)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex FeedRoot();

    [GeneratedRegex(@"xmlns(:\w+)?\s*=\s*(""[^""]*""|'[^']*')")]
    private static partial Regex XmlnsDecl();

    [GeneratedRegex(@"<(item|entry)\b[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ItemChunk();

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex ChannelTitle();
}
