using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Rasd.Ner;

/// <summary>Raw texts for clustering: JSONL articles (gzip or plain; title and text fields, duplicates skipped), a .txt file, or a folder of .txt files.</summary>
public static class ClusterCorpus
{
    public static IEnumerable<string> Read(string path, int limit = int.MaxValue)
    {
        if (Directory.Exists(path))
            return Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(limit).Select(File.ReadAllText);
        if (!File.Exists(path)) throw new FileNotFoundException($"corpus not found: {path}", path);
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase))
            return ReadJsonl(path, limit);
        return [File.ReadAllText(path)];
    }

    private static IEnumerable<string> ReadJsonl(string path, int limit)
    {
        using var file = File.OpenRead(path);
        using Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(input, Encoding.UTF8);
        int n = 0;
        string? line;
        while (n < limit && (line = reader.ReadLine()) != null)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("duplicate_of", out var dup) && dup.ValueKind == JsonValueKind.String) continue;
            string Get(string k) => root.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            n++;
            yield return Get("title") + "\n" + Get("text");
        }
    }
}
