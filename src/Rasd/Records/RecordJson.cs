using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rasd.Records;

/// <summary>JSON settings for rasd/1: snake_case names, Arabic written as is, nulls left out.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
    };

    public static string Serialize(RasdRecord record, bool indented = true) =>
        JsonSerializer.Serialize(record, indented ? Options : Compact);

    public static RasdRecord? Deserialize(string json) => JsonSerializer.Deserialize<RasdRecord>(json, Options);
}
