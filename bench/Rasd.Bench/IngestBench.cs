using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Rasd.Ingest;

namespace Rasd.Bench;

/// <summary>`ingest`: reads the ANT corpus and the SaudiNewsNet subset through DocumentSources; counts, exact duplicates (content hash) against the corpus's own marks, near-duplicates (MinHash), speed.</summary>
public sealed class IngestBench : IBench
{
    public string Name => "ingest";

    public string Description => "read ANT + SaudiNewsNet via DocumentSources: counts, exact and near duplicates";

    public int Run(string[] args)
    {
        var threshold = args.Length > 0 && double.TryParse(args[0], out var t) ? t : 0.8;
        var ant = AntCorpus.Locate();
        Report("ANT multisource v2.1", ant, threshold, MarkedDuplicates(ant));
        var saudi = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(ant)))!, "saudinewsnet", "syria_subset.jsonl.gz");
        if (File.Exists(saudi)) Report("SaudiNewsNet Syria subset", saudi, threshold, MarkedDuplicates(saudi));
        return 0;
    }

    private static void Report(string title, string path, double threshold, HashSet<string> marked)
    {
        var sw = Stopwatch.StartNew();
        long before = GC.GetTotalMemory(true);
        int items = 0, docs = 0, failed = 0, dated = 0;
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodyHash = new Dictionary<string, string>(StringComparer.Ordinal);
        var exact = new List<string>();
        var exactBody = new List<string>();
        var near = new List<NearDuplicateDetector.Match>();
        var detector = new NearDuplicateDetector(threshold);
        var failures = new List<string>();
        foreach (var item in DocumentSources.Open(path))
        {
            items++;
            if (item.Document is not { } doc) { failed++; failures.Add(item.Error!); continue; }
            docs++;
            if (doc.Published is not null) dated++;
            var id = doc.Name!;
            if (!byHash.TryAdd(doc.Hash, id)) exact.Add(id);
            // the corpus marks duplicates by body text alone (titles may differ): compare bodies too
            var body = doc.Title is { Length: > 0 } ti && doc.Text.StartsWith(ti + "\n\n", StringComparison.Ordinal) ? doc.Text[(ti.Length + 2)..] : doc.Text;
            if (!bodyHash.TryAdd(Rasd.Documents.DocumentHash.Of(body), id)) exactBody.Add(id);
            else if (detector.Add(id, body) is { } m) near.Add(m);
        }
        sw.Stop();
        var markedSet = marked;
        int agree = exactBody.Count(markedSet.Contains);
        Console.WriteLine($"== {title}: {path}");
        Console.WriteLine($"items {items}, documents {docs}, failed {failed} ({string.Join("; ", failures.Take(3))}), dated {dated}");
        Console.WriteLine($"exact duplicates (content hash of title+text): {exact.Count}");
        Console.WriteLine($"exact duplicates (content hash of body): {exactBody.Count}; marked by the corpus: {marked.Count}; found among the marked: {agree}; found but unmarked: {exactBody.Count - agree}; marked but missed: {marked.Count - agree}");
        Console.WriteLine($"near-duplicates (MinHash, 3-word shingles, est. Jaccard >= {threshold}) among the rest: {near.Count}");
        foreach (var m in near.Take(5)) Console.WriteLine($"  {m.Id} ~ {m.EarlierId} ({m.Similarity:F2})");
        Console.WriteLine($"time {sw.Elapsed.TotalSeconds:F1} s ({docs / Math.Max(0.001, sw.Elapsed.TotalSeconds):F0} docs/s), managed memory growth {(GC.GetTotalMemory(false) - before) / (1024 * 1024)} MB");
    }

    /// <summary>Ids the corpus itself marks as duplicates (ANT: duplicate_of set; SaudiNewsNet: duplicate flag true).</summary>
    private static HashSet<string> MarkedDuplicates(string path)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            bool dup = (r.TryGetProperty("duplicate_of", out var d) && d.ValueKind == JsonValueKind.String)
                || (r.TryGetProperty("duplicate", out var f) && f.ValueKind == JsonValueKind.True);
            if (dup && r.TryGetProperty("id", out var id)) ids.Add(Rasd.Ingest.Corpora.CorpusRecord.SafeName(id.GetString()) ?? "");
        }
        return ids;
    }
}
