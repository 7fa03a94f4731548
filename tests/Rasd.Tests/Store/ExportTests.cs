using System.Text;
using System.Text.Json;
using Rasd.Records;
using Rasd.Store;

namespace Rasd.Tests.Store;

public sealed class ExportTests
{
    private static MergedEvent TwoReports()
    {
        var m = new MergedEvent { Type = "ASSAULT", Mode = "actual" };
        foreach (var (id, source, killed) in new[] { (5L, "Civil Defence", 12m), (6L, "Observatory, local", 15m) })
        {
            var e = new StoredEvent
            {
                Id = id,
                DocumentId = id,
                DocumentName = $"doc{id}",
                Source = source,
                Type = "ASSAULT",
                Mode = "actual",
                TimeBegin = "2021-08-03",
                TimeEnd = "2021-08-03",
                AttackMode = "air strike",
                Summary = id == 5 ? "Air strike on a market" : null,
            };
            e.Places.Add("SY0701");
            e.Actors.Add("SYRMIL");
            e.Targets.Add("SYRCVL");
            e.Figures.Add(TestStores.Killed(killed));
            e.Evidence.Add(new SpanRecord(0, 10) { Text = "نص الدليل" });
            m.Reports.Add(e);
        }
        return m;
    }

    [Fact]
    public void Acled_csv_has_the_columns_and_maps_codes_places_and_fatalities()
    {
        var sw = new StringWriter();
        EventExport.AcledCsv(sw, [TwoReports()]);
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AcledRow.Columns), lines[0].TrimEnd('\r'));
        var row = AcledRow.From(TwoReports());
        Assert.Equal("SYR5", row["event_id_cnty"]);
        Assert.Equal(("2021-08-03", "2021", "1"), (row["event_date"], row["year"], row["time_precision"]));
        Assert.Equal(("Explosions/Remote violence", "Air/drone strike"), (row["event_type"], row["sub_event_type"]));
        Assert.Equal(("Military Forces of Syria", "Civilians (Syria)"), (row["actor1"], row["actor2"]));
        Assert.Equal(("Idleb", "3"), (row["admin1"], row["geo_precision"]));
        Assert.Equal("12", row["fatalities"]);
        Assert.Equal("Civil Defence; Observatory, local", row["source"]);
        Assert.Contains("\"Civil Defence; Observatory, local\"", lines[1]); // a comma inside a field is quoted
        Assert.Equal("Air strike on a market", row["notes"]);
        Assert.Equal("doc5; doc6", row["document_id"]);
        using var figures = JsonDocument.Parse(row["figures"]);
        Assert.Equal(2, figures.RootElement[0].GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public void Geojson_is_a_feature_collection_of_points_at_the_governorate()
    {
        using var ms = new MemoryStream();
        EventExport.GeoJson(ms, [TwoReports(), new MergedEvent { Type = "AGREE", Mode = "planned", Reports = { new StoredEvent { Id = 9, Type = "AGREE", Mode = "planned" } } }]);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(ms.ToArray()));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features");
        Assert.Equal(2, features.GetArrayLength());
        var idleb = Governorates.Get("SY07")!;
        var coords = features[0].GetProperty("geometry").GetProperty("coordinates");
        // exports write coordinates to three decimals (about 100 m), as ACLED does
        Assert.Equal(idleb.Longitude, coords[0].GetDouble(), 3);
        Assert.Equal(idleb.Latitude, coords[1].GetDouble(), 3);
        Assert.Equal(12, features[0].GetProperty("properties").GetProperty("fatalities").GetInt32());
        Assert.Equal(JsonValueKind.Null, features[1].GetProperty("geometry").ValueKind);
    }

    [Fact]
    public void Every_governorate_has_a_point_inside_syria_and_names_resolve()
    {
        Assert.Equal(14, Governorates.All.Count);
        foreach (var g in Governorates.All)
        {
            Assert.InRange(g.Latitude, 32.3, 37.4);
            Assert.InRange(g.Longitude, 35.6, 42.4);
            Assert.Equal([g.PCode], Governorates.Resolve(g.NameEn)!);
            Assert.Equal([g.PCode], Governorates.Resolve(g.NameAr)!);
        }
        Assert.Equal(["SY07", "SY02", "SY05", "SY06"], Governorates.Resolve("North-West Syria")!);
        Assert.Equal(["SY07"], Governorates.Resolve("ادلب")!);
        Assert.Null(Governorates.Resolve("Atlantis"));
    }
}
