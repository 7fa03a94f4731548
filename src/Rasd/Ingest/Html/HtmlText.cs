using System.Text;
using AngleSharp.Dom;

namespace Rasd.Ingest.Html;

/// <summary>Turns an HTML subtree into paragraphs: block elements and &lt;br&gt; end a line; whitespace collapsed; empty lines dropped.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "figure", "hr", "address", "center",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "svg", "img", "picture", "iframe", "button", "select", "textarea",
    };

    /// <summary>The paragraphs of a node's text, in document order.</summary>
    public static List<string> Paragraphs(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        var result = new List<string>();
        foreach (var line in sb.ToString().Split('\n'))
        {
            var clean = Collapse(line);
            if (clean.Length > 0) result.Add(clean);
        }
        return result;
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    sb.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    sb.Append('\n');
                    Walk(e, sb);
                    sb.Append('\n');
                    break;
                case IElement e:
                    Walk(e, sb);
                    break;
            }
        }
    }

    /// <summary>Collapses runs of whitespace (incl. no-break space) to one space and trims.</summary>
    public static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
