using System.Text.Json;

namespace Rasd.Ingest.Corpora;

/// <summary>Reads a .json file holding one record or an array of records (the SaudiNewsNet layout).</summary>
public static class JsonArrayReader
{
    public static IEnumerable<SourceItem> Read(string path, SourceOptions options, DateOnly? defaultDate)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(InputStreams.ReadAll(path, options.MaxItemBytes * 4));
        }
        catch (InputException e) { return [SourceItem.Failed(path, e.Message)]; }
        catch (JsonException e) { return [SourceItem.Failed(path, $"{path}: invalid JSON ({e.Message.Split('.')[0]})")]; }
        return Items(json, path, options, defaultDate);
    }

    private static IEnumerable<SourceItem> Items(JsonDocument json, string path, SourceOptions options, DateOnly? defaultDate)
    {
        using var _ = json;
        var stem = Path.GetFileNameWithoutExtension(InputStreams.InnerName(path));
        var root = json.RootElement;
        var records = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        for (int i = 0; i < records.Count; i++)
        {
            var origin = $"{path}#{i}";
            SourceItem item;
            try { item = SourceItem.Ok(origin, CorpusRecord.ToDocument(records[i], options.Fields, records.Count == 1 ? stem : $"{stem}-{i}", defaultDate, origin)); }
            catch (InputException e) { item = SourceItem.Failed(origin, e.Message); }
            yield return item;
        }
    }
}
