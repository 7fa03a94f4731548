using Rasd.Documents;

namespace Rasd.Ingest;

/// <summary>Opens any supported input (a .txt article for now; HTML, feeds, JSONL, TREC and folders as the ingest layer grows) as a stream of items.</summary>
public static class DocumentSources
{
    /// <summary>Streams the items of a source; failures come back as items, never as exceptions.</summary>
    public static IEnumerable<SourceItem> Open(string path, DateOnly? published = null)
    {
        if (Directory.Exists(path))
        {
            foreach (var f in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var item in Open(f, published)) yield return item;
            yield break;
        }
        SourceItem result;
        try
        {
            var decoded = TextDecoder.ReadFile(path);
            result = SourceItem.Ok(path, new Document(decoded.Text.TrimStart('\uFEFF'), Path.GetFileNameWithoutExtension(path), published));
        }
        catch (InputException e)
        {
            result = SourceItem.Failed(path, e.Message);
        }
        yield return result;
    }
}
