using System.Text.Json;
using Rasd.Documents;

namespace Rasd.Ingest.Corpora;

/// <summary>Maps one corpus record (a JSON object) to a document, using the configured field names.</summary>
public static class CorpusRecord
{
    /// <summary>The document of a record; <paramref name="fallbackName"/> names it when it has no id. Throws <see cref="InputException"/> when it has no text.</summary>
    public static Document ToDocument(JsonElement e, RecordFields f, string fallbackName, DateOnly? defaultDate, string origin)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InputException($"{origin}: not a JSON object");
        var text = First(e, f.TextNames);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{origin}: record has no text (field '{f.Text}')");
        var title = First(e, f.TitleNames);
        DateOnly? published = null;
        foreach (var name in f.PublishedNames.Distinct())
            if ((published = DateParser.Parse(Str(e, name))) is not null) break;
        var url = First(e, f.UrlNames);
        published ??= DateParser.FromUrl(url) ?? defaultDate;
        var id = First(e, f.IdNames);
        return new Document(Compose(title, text), SafeName(id) ?? fallbackName, published, First(e, f.SourceNames), url, title?.Trim())
        {
            TextExtracted = true,
        };
    }

    /// <summary>Title, blank line, body — the layout of the plain-text articles, so extraction sees headlines the same way.</summary>
    public static string Compose(string? title, string body)
    {
        body = body.Replace("\r\n", "\n").Trim();
        title = title is null ? null : Html.HtmlText.Collapse(title);
        return string.IsNullOrEmpty(title) || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
    }

    /// <summary>An id usable as a file name: path separators and control characters replaced.</summary>
    public static string? SafeName(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var chars = id.Trim().Select(c => c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c).ToArray();
        var s = new string(chars);
        return s.Length > 120 ? s[..120] : s;
    }

    private static string? First(JsonElement e, IEnumerable<string> names)
    {
        foreach (var n in names)
            if (Str(e, n) is { Length: > 0 } v) return v;
        return null;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
