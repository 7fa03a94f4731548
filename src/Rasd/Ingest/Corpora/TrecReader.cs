using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Rasd.Documents;

namespace Rasd.Ingest.Corpora;

/// <summary>Streams TREC-style files: &lt;DOC&gt; … &lt;/DOC&gt; blocks with DOCNO, URL, SRC, TITLE, TIME, TEXT (the ANT corpus layout); gzip transparently.</summary>
public static partial class TrecReader
{
    public static IEnumerable<SourceItem> Read(string path, SourceOptions options, DateOnly? defaultDate)
    {
        StreamReader reader;
        try { reader = InputStreams.OpenText(path); }
        catch (InputException e) { return [SourceItem.Failed(path, e.Message)]; }
        return ReadDocs(reader, path, options, defaultDate);
    }

    private static IEnumerable<SourceItem> ReadDocs(StreamReader reader, string path, SourceOptions options, DateOnly? defaultDate)
    {
        using var owned = reader;
        var lines = new BoundedLineReader(reader, (int)Math.Min(int.MaxValue / 2, options.MaxItemBytes));
        var stem = Path.GetFileNameWithoutExtension(InputStreams.InnerName(path));
        var doc = new StringBuilder();
        bool inDoc = false, oversized = false;
        int start = 0, count = 0;
        foreach (var (read, _, number, failure) in lines.ReadAll(path, "documents"))
        {
            if (failure is not null) { yield return failure; yield break; }
            var line = read!;
            if (!inDoc)
            {
                var open = line.IndexOf("<DOC>", StringComparison.OrdinalIgnoreCase);
                if (open < 0) continue;
                inDoc = true;
                oversized = false;
                doc.Clear();
                start = number;
                line = line[(open + 5)..];
            }
            var close = line.IndexOf("</DOC>", StringComparison.OrdinalIgnoreCase);
            var content = close < 0 ? line : line[..close];
            if (!oversized && doc.Length + content.Length > options.MaxItemBytes) { oversized = true; doc.Clear(); }
            if (!oversized) doc.Append(content).Append('\n');
            if (close < 0) continue;
            inDoc = false;
            count++;
            var origin = $"{path}#{start}";
            yield return oversized
                ? SourceItem.Failed(origin, $"{origin}: document longer than {options.MaxItemBytes / (1024 * 1024)} MB, skipped")
                : Item(doc.ToString(), origin, $"{stem}-{count}", defaultDate);
        }
        if (inDoc) yield return SourceItem.Failed($"{path}#{start}", $"{path}#{start}: <DOC> without </DOC> at the end of the file");
        else if (count == 0) yield return SourceItem.Failed(path, $"{path}: no <DOC> blocks found");
    }

    private static SourceItem Item(string body, string origin, string fallbackName, DateOnly? defaultDate)
    {
        var text = Field(body, "TEXT");
        if (string.IsNullOrWhiteSpace(text)) return SourceItem.Failed(origin, $"{origin}: document has no TEXT");
        var title = Field(body, "TITLE") ?? Field(body, "HEADLINE");
        var url = Field(body, "URL");
        var docno = Field(body, "DOCNO");
        var published = DateParser.Parse(Field(body, "TIME") ?? Field(body, "DATE")) ?? DateParser.FromUrl(url) ?? FromDocno(docno) ?? defaultDate;
        var paragraphs = text.Split('\n').Select(Html.HtmlText.Collapse).Where(l => l.Length > 0);
        var document = new Document(CorpusRecord.Compose(title, string.Join('\n', paragraphs)), CorpusRecord.SafeName(docno) ?? fallbackName, published, Field(body, "SRC") ?? Field(body, "SOURCE"), url, title)
        {
            TextExtracted = true,
        };
        return SourceItem.Ok(origin, document, document.Text.Contains('\uFFFD') ? $"{origin}: invalid UTF-8 bytes replaced" : null);
    }

    /// <summary>ANT DOCNOs end in the date: "AL-culture-1-20180218".</summary>
    private static DateOnly? FromDocno(string? docno)
    {
        if (docno is null) return null;
        var m = DocnoDate().Match(docno);
        return m.Success ? DateParser.Parse(m.Groups[1].Value) : null;
    }

    /// <summary>The decoded content of the first &lt;NAME&gt;…&lt;/NAME&gt;, or null.</summary>
    private static string? Field(string body, string name)
    {
        var open = body.IndexOf("<" + name + ">", StringComparison.OrdinalIgnoreCase);
        if (open < 0) return null;
        open += name.Length + 2;
        var close = body.IndexOf("</" + name + ">", open, StringComparison.OrdinalIgnoreCase);
        var value = WebUtility.HtmlDecode(close < 0 ? body[open..] : body[open..close]).Trim();
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex(@"(\d{8})$")]
    private static partial Regex DocnoDate();
}
