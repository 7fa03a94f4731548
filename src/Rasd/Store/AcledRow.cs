using System.Globalization;
using System.Text.Json;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>An event in ACLED's columns, plus rasd's extras (mode, figures JSON, evidence, document ids).</summary>
public static class AcledRow
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
        "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "mode", "figures", "evidence", "document_id",
    ];

    public static Dictionary<string, string> From(MergedEvent e)
    {
        var first = e.Reports[0];
        var acled = ParseAcled(e.Reports.Select(r => r.Acled).FirstOrDefault(a => a is not null));
        var (type, sub) = AcledNames.EventType(e.Type, e.Reports.Select(r => r.AttackMode).FirstOrDefault(m => m is not null));
        var begin = e.TimeBegin ?? first.TimeBegin ?? "";
        var end = e.TimeEnd ?? first.TimeEnd ?? begin;
        if (string.CompareOrdinal(begin, end) > 0) (begin, end) = (first.TimeBegin ?? "", first.TimeEnd ?? "");
        var govs = e.Governorates.ToList();
        var gov = govs.Select(Governorates.Get).FirstOrDefault(g => g is not null);
        var country = gov is not null ? "SYR" : govs.FirstOrDefault(g => g.Length == 3) ?? "XXX";
        var actors = e.Actors.ToList();
        var targets = e.Targets.ToList();
        var figures = e.Figures;
        var fine = acled.GetValueOrDefault("latitude") is { Length: > 0 } && acled.GetValueOrDefault("longitude") is { Length: > 0 };
        var killed = figures.Where(f => f.Role == "killed").ToList();
        // ACLED's fatalities is one number: the all-groups total when given, else the largest group
        var fatalities = killed.FirstOrDefault(f => f.Group == "all")?.Best ?? (killed.Count > 0 ? killed.Max(f => f.Best) : 0);
        return new Dictionary<string, string>
        {
            ["event_id_cnty"] = $"{country}{first.Id}",
            ["event_date"] = begin,
            ["year"] = begin.Length >= 4 ? begin[..4] : "",
            ["time_precision"] = acled.GetValueOrDefault("time_precision") ?? TimePrecision(begin, end),
            ["event_type"] = acled.GetValueOrDefault("event_type") ?? type,
            ["sub_event_type"] = acled.GetValueOrDefault("sub_event_type") ?? sub,
            ["actor1"] = actors.Count > 0 ? AcledNames.Actor(actors[0]) : "",
            ["assoc_actor_1"] = string.Join("; ", actors.Skip(1).Select(AcledNames.Actor)),
            ["actor2"] = targets.Count > 0 ? AcledNames.Actor(targets[0]) : "",
            ["admin1"] = gov?.NameEn ?? "",
            ["admin2"] = "",
            ["admin3"] = "",
            // the extractor's own location (a town) when it has one, else the governorate's centroid
            ["location"] = fine ? acled["location"] ?? "" : gov?.NameEn ?? (country == "XXX" ? "" : AcledNames.Country(country)),
            ["latitude"] = fine ? acled["latitude"]! : gov?.Latitude.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
            ["longitude"] = fine ? acled["longitude"]! : gov?.Longitude.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
            // 3: the point stands for a whole governorate
            ["geo_precision"] = fine ? acled.GetValueOrDefault("geo_precision") ?? "2" : gov is null ? "" : "3",
            ["source"] = string.Join("; ", e.Sources),
            ["notes"] = e.Reports.Select(r => r.Summary).FirstOrDefault(s => !string.IsNullOrEmpty(s)) ?? "",
            ["fatalities"] = fatalities.ToString(CultureInfo.InvariantCulture),
            ["mode"] = e.Mode,
            ["figures"] = JsonSerializer.Serialize(figures, RecordJson.Compact),
            ["evidence"] = string.Join(" | ", e.Reports.SelectMany(r => r.Evidence).Select(s => s.Text?.ReplaceLineEndings(" ")).Where(t => t is not null)),
            ["document_id"] = string.Join("; ", e.Reports.Select(r => r.DocumentName ?? r.DocumentId.ToString(CultureInfo.InvariantCulture)).Distinct()),
        };
    }

    // 1: a day, 2: within a week, 3: longer (ACLED's time_precision)
    private static string TimePrecision(string begin, string end)
    {
        if (!DateOnly.TryParseExact(begin, "yyyy-MM-dd", out var b) || !DateOnly.TryParseExact(end, "yyyy-MM-dd", out var e)) return "3";
        var days = e.DayNumber - b.DayNumber;
        return days <= 0 ? "1" : days <= 7 ? "2" : "3";
    }

    private static Dictionary<string, string?> ParseAcled(string? json)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is null) return result;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return result;
            foreach (var p in doc.RootElement.EnumerateObject())
                result[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Number => p.Value.GetRawText(),
                    _ => null,
                };
        }
        catch (JsonException)
        {
            // a malformed mapping is ignored; the derived columns stand
        }
        return result;
    }
}
