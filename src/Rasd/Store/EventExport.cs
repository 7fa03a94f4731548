using System.Text;
using System.Text.Json;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>Writes events as ACLED-style CSV, GeoJSON points, or rasd/1 JSONL.</summary>
public static class EventExport
{
    public static void AcledCsv(TextWriter w, IEnumerable<MergedEvent> events)
    {
        w.WriteLine(string.Join(',', AcledRow.Columns));
        foreach (var e in events)
        {
            var row = AcledRow.From(e);
            w.WriteLine(string.Join(',', AcledRow.Columns.Select(c => Csv(row[c]))));
        }
    }

    /// <summary>A FeatureCollection of points at the governorate centroid (geometry null when no place is known).</summary>
    public static void GeoJson(Stream output, IEnumerable<MergedEvent> events)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = RecordJson.Compact.Encoder, Indented = false });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            var row = AcledRow.From(e);
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            if (row["latitude"].Length > 0)
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteRawValue(row["longitude"]);
                w.WriteRawValue(row["latitude"]);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else w.WriteNull("geometry");
            w.WriteStartObject("properties");
            w.WriteString("id", row["event_id_cnty"]);
            w.WriteString("type", e.Type);
            w.WriteString("mode", e.Mode);
            w.WriteString("date_begin", e.TimeBegin);
            w.WriteString("date_end", e.TimeEnd);
            WriteList(w, "actors", e.Actors);
            WriteList(w, "targets", e.Targets);
            WriteList(w, "places", e.Reports.SelectMany(r => r.Places).Distinct());
            WriteList(w, "sources", e.Sources);
            WriteList(w, "documents", e.Reports.Select(r => r.DocumentName ?? "").Distinct());
            w.WriteString("event_type", row["event_type"]);
            w.WriteString("sub_event_type", row["sub_event_type"]);
            w.WriteString("admin1", row["admin1"]);
            w.WriteString("notes", row["notes"]);
            w.WriteNumber("fatalities", decimal.Parse(row["fatalities"], System.Globalization.CultureInfo.InvariantCulture));
            w.WritePropertyName("figures");
            JsonSerializer.Serialize(w, e.Figures, RecordJson.Compact);
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One rasd/1 record per line, as stored (the current version).</summary>
    public static void Jsonl(TextWriter w, IEnumerable<string> recordJson)
    {
        foreach (var json in recordJson) w.WriteLine(json);
    }

    private static void WriteList(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items) w.WriteStringValue(i);
        w.WriteEndArray();
    }

    public static string Csv(string value)
    {
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        sb.Append(value.Replace("\"", "\"\"")).Append('"');
        return sb.ToString();
    }
}
