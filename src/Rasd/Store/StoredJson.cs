using System.Text.Json;
using System.Text.Json.Nodes;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>
/// The record JSON as stored: a record that carries its document's text (corpus, feed, HTML input) is stored with
/// <c>"text":""</c> instead, because documents.text holds the same text; exports put it back. A third less to write.
/// </summary>
public static class StoredJson
{
    private const string Prefix = "{\"format\":\"rasd/1\",\"document\":";

    /// <summary>Compact rasd/1 JSON with the document text left out (as the empty-string marker) when the record carries it.</summary>
    public static string ForStore(RasdRecord record)
    {
        var full = RecordJson.Serialize(record, indented: false);
        if (string.IsNullOrEmpty(record.Document.Text)) return full;
        var document = JsonSerializer.Serialize(record.Document, RecordJson.Compact);
        // the document object is serialised the same way inside the record; splice only where it is expected, else keep all
        int start = full.StartsWith(Prefix, StringComparison.Ordinal) ? Prefix.Length : -1;
        if (start < 0 || string.CompareOrdinal(full, start, document, 0, document.Length) != 0) return full;
        var stub = JsonSerializer.Serialize(record.Document with { Text = "" }, RecordJson.Compact);
        return string.Concat(full.AsSpan(0, start), stub, full.AsSpan(start + document.Length));
    }

    /// <summary>The full record JSON again: the marker replaced by the stored document text (records stored whole pass unchanged).</summary>
    public static string ForExport(string stored, string documentText)
    {
        if (!stored.Contains("\"text\":\"\"", StringComparison.Ordinal)) return stored;
        var node = JsonNode.Parse(stored);
        if (node?["document"] is not JsonObject doc || doc["text"] is not JsonValue text || text.GetValue<string>() != "") return stored;
        doc["text"] = documentText;
        return node.ToJsonString(RecordJson.Compact);
    }
}
