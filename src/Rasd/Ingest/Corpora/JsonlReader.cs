using System.Text.Json;

namespace Rasd.Ingest.Corpora;

/// <summary>Streams a JSON Lines corpus (gzip or not): one record per line; a bad line is a failed item, the rest go on; a truncated gzip ends the file with a failure.</summary>
public static class JsonlReader
{
    public static IEnumerable<SourceItem> Read(string path, SourceOptions options, DateOnly? defaultDate)
    {
        StreamReader reader;
        try { reader = InputStreams.OpenText(path); }
        catch (InputException e) { return [SourceItem.Failed(path, e.Message)]; }
        return ReadLines(reader, path, options, defaultDate);
    }

    private static IEnumerable<SourceItem> ReadLines(StreamReader reader, string path, SourceOptions options, DateOnly? defaultDate)
    {
        using var _ = reader;
        var lines = new BoundedLineReader(reader, (int)Math.Min(int.MaxValue / 2, options.MaxItemBytes));
        var stem = Path.GetFileNameWithoutExtension(InputStreams.InnerName(path));
        foreach (var (line, tooLong, number, failure) in lines.ReadAll(path, "lines"))
        {
            if (failure is not null) { yield return failure; yield break; }
            var origin = $"{path}#{number}";
            if (tooLong) { yield return SourceItem.Failed(origin, $"{origin}: record longer than {options.MaxItemBytes / (1024 * 1024)} MB, skipped"); continue; }
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Item(line!, origin, $"{stem}-{number}", options, defaultDate);
        }
    }

    private static SourceItem Item(string line, string origin, string fallbackName, SourceOptions options, DateOnly? defaultDate)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var doc = CorpusRecord.ToDocument(json.RootElement, options.Fields, fallbackName, defaultDate, origin);
            return SourceItem.Ok(origin, doc, doc.Text.Contains('\uFFFD') ? $"{origin}: invalid UTF-8 bytes replaced" : null);
        }
        catch (JsonException e) { return SourceItem.Failed(origin, $"{origin}: invalid JSON ({e.Message.Split('.')[0]})"); }
        catch (InputException e) { return SourceItem.Failed(origin, e.Message); }
    }
}
