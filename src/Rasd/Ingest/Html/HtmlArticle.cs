namespace Rasd.Ingest.Html;

/// <summary>The main text of a page and its metadata; <see cref="Byline"/> is a credit line taken out of the body ("راديو الكل – وكالات").</summary>
public sealed record HtmlArticle(IReadOnlyList<string> Paragraphs, HtmlMetadata Metadata, string? Byline)
{
    /// <summary>The body: paragraphs one per line.</summary>
    public string Body => string.Join('\n', Paragraphs);

    /// <summary>Who the text is credited to: the byline when the page printed one, else the site name.</summary>
    public string? Source => Byline ?? Metadata.SiteName;
}
