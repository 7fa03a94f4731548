using System.IO.Compression;
using System.Text.Json;

namespace Rasd.Bench;

/// <summary>Reads article texts from the ANT multisource corpus in ../shared (gzip JSONL) for benchmarks.</summary>
public static class AntCorpus
{
    public const string DefaultPath = "../shared/data/news/ant-multisource/ant_multisource_v2.1.jsonl.gz";

    /// <summary>Finds the corpus relative to the current folder or the repository root.</summary>
    public static string Locate(string? given = null)
    {
        foreach (var p in new[] { given, DefaultPath, "../" + DefaultPath, "../../" + DefaultPath })
            if (p is not null && File.Exists(p)) return p;
        throw new FileNotFoundException("ANT corpus not found; pass its path (../shared/data/news/ant-multisource/ant_multisource_v2.1.jsonl.gz)");
    }

    /// <summary>Article records (title, text, published date) in file order.</summary>
    public static IEnumerable<(string Id, string Title, string Text, DateOnly? Published)> Read(string path, int limit = int.MaxValue)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        string? line;
        int n = 0;
        while (n < limit && (line = reader.ReadLine()) != null)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string Get(string k) => root.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            DateOnly? date = DateOnly.TryParseExact(Get("date_yyyymmdd"), "yyyyMMdd", out var d) ? d : null;
            yield return (Get("id"), Get("title"), Get("text"), date);
            n++;
        }
    }

    /// <summary>All texts loaded into memory (title, blank line, body — like the dev set files).</summary>
    public static List<(string Text, DateOnly? Published)> LoadAll(string path, int limit = int.MaxValue) =>
        Read(path, limit).Select(a => (a.Title.Length > 0 ? a.Title + "\n\n" + a.Text : a.Text, a.Published)).ToList();
}
