using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Rasd.Ingest.Html;

/// <summary>Removes page chrome from the DOM before the main-text search: non-text tags (figcaption, nav, forms…) and elements whose class or id names chrome (share, related, tags, back-to-top…).</summary>
public static class ChromeCleaner
{
    /// <summary>Cleans <paramref name="doc"/> in place.</summary>
    public static void Clean(IHtmlDocument doc, BoilerplateRules rules)
    {
        var body = doc.Body;
        if (body is null) return;
        int bodyLength = Math.Max(1, body.TextContent.Length);
        foreach (var e in body.QuerySelectorAll("*").ToList())
        {
            if (e.Parent is null || !body.Contains(e)) continue; // already removed with an ancestor
            if (rules.ChromeTags.Contains(e.LocalName) || e.GetAttribute("role") is "navigation" or "complementary" || e.HasAttribute("hidden") || IsChrome(e, rules, bodyLength))
                e.Remove();
        }
        RemoveInlineFurniture(body, rules);
    }

    /// <summary>"اقرأ أيضاً: &lt;a&gt;another story&lt;/a&gt;" inside a paragraph: the phrase's element and the link right after it go.</summary>
    private static void RemoveInlineFurniture(IElement body, BoilerplateRules rules)
    {
        foreach (var e in body.QuerySelectorAll("a, strong, b, em, span, i, u").ToList())
        {
            if (e.Parent is null || !body.Contains(e)) continue;
            var key = BoilerplateRules.Key(e.TextContent);
            if (key.Length == 0 || !rules.DropPhrases.Any(d => d.Contains(' ') && (key == d || key.StartsWith(d + " ", StringComparison.Ordinal)))) continue;
            if (key.Count(c => c == ' ') > 25) continue;
            var next = e.NextElementSibling;
            if (next is { LocalName: "a" } && string.IsNullOrWhiteSpace(Between(e, next))) next.Remove();
            e.Remove();
        }
    }

    private static string Between(IElement a, IElement b)
    {
        var text = "";
        for (var n = a.NextSibling; n is not null && n != b; n = n.NextSibling) text += n.TextContent;
        return text.Trim(':', ' ', '\u00A0', '-', '–');
    }

    /// <summary>Chrome by class/id, unless the element holds most of the page's text (a theme may put "share" on the article wrapper).</summary>
    private static bool IsChrome(IElement e, BoilerplateRules rules, int bodyLength)
    {
        if (e.LocalName is "html" or "body" or "article" or "main" or "p") return false;
        if (!rules.IsChromeClass(e.GetAttribute("class")) && !rules.IsChromeClass(e.Id)) return false;
        return e.TextContent.Length < bodyLength * 0.4 || e.QuerySelectorAll("p").Length < 3;
    }
}
