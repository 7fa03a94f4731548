using System.IO.Compression;
using System.Text.Json;
using Rasd.Documents;
using Rasd.Ingest;

namespace Rasd.Store;

/// <summary>
/// TEMPORARY, to be replaced by DocumentSources once it reads JSONL: a minimal reader for (gzip) JSONL corpora
/// with fields id, title, text, date_yyyymmdd or published, source, url — enough to ingest the ANT corpus.
/// </summary>
public static class TemporaryJsonlSource
{
    public static bool Handles(string path) =>
        File.Exists(path) && (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<SourceItem> Read(string path, DateOnly? published)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            yield return Parse(line, $"{path}#{lineNo}", published);
        }
    }

    private static SourceItem Parse(string line, string origin, DateOnly? published)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string? Get(string k) => root.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var text = Get("text") ?? "";
            var title = Get("title");
            if (string.IsNullOrWhiteSpace(text)) return SourceItem.Failed(origin, "no text");
            var date = DateOnly.TryParseExact(Get("date_yyyymmdd") ?? "", "yyyyMMdd", out var d) ? d
                : DateOnly.TryParseExact(Get("published") ?? "", "yyyy-MM-dd", out var p) ? p : published;
            var full = string.IsNullOrWhiteSpace(title) ? text : title + "\n\n" + text;
            return SourceItem.Ok(origin, new Document(full, Get("id"), date, Get("source"), Get("url"), title));
        }
        catch (JsonException e)
        {
            return SourceItem.Failed(origin, $"not JSON: {e.Message}");
        }
    }
}
