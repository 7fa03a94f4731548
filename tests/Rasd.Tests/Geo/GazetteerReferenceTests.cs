using System.Globalization;
using Rasd.Geo;
using Rasd.Text;
using Xunit.Abstractions;

namespace Rasd.Tests.Geo;

/// <summary>Checks every embedded Syrian place against the OCHA reference data in ../shared/data/geo and reports coverage.</summary>
public class GazetteerReferenceTests(ITestOutputHelper output)
{
    private sealed record RefPlace(string Pcode, string Gov, string NameAr, double Lat, double Lon);

    private static Dictionary<string, RefPlace> LoadReference(string geo)
    {
        var refs = new Dictionary<string, RefPlace>(StringComparer.Ordinal);
        static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        var units = File.ReadAllLines(Path.Combine(geo, "ocha-syr-cod-ab/syr_admin_units_adm1-3.csv"));
        var uh = units[0].Split(',').ToList();
        foreach (var l in units.Skip(1))
        {
            var c = l.Split(',');
            var pc = c[uh.IndexOf("pcode")];
            refs[pc] = new RefPlace(pc, pc[..4], c[uh.IndexOf("name_ar")], D(c[uh.IndexOf("inner_lat")]), D(c[uh.IndexOf("inner_lon")]));
        }
        var comms = File.ReadAllLines(Path.Combine(geo, "ocha-syr-locations/syr_locations_communities.csv"));
        var ch = comms[0].Split(',').ToList();
        foreach (var l in comms.Skip(1))
        {
            var c = l.Split(',');
            var pc = c[ch.IndexOf("admin4Pcode")].Trim();
            refs[pc] = new RefPlace(pc, c[ch.IndexOf("admin1Pcode")].Trim(), c[ch.IndexOf("admin4Name_ar")], D(c[ch.IndexOf("Latitude_y")]), D(c[ch.IndexOf("Longitude_x")]));
        }
        // neighbourhoods, and city areas at the mean of their neighbourhoods
        var ns = File.ReadAllLines(Path.Combine(geo, "ocha-syr-cod-ab/syr_neighbourhoods_points.csv"));
        var nh = ns[0].Split(',').ToList();
        var areas = new Dictionary<string, List<(string Name, string Gov, double Lat, double Lon)>>();
        foreach (var l in ns.Skip(1))
        {
            var c = l.Split(',');
            if (c.Length < nh.Count) continue;
            var pc = c[nh.IndexOf("PCODE")];
            double la = D(c[nh.IndexOf("inner_lat")]), lo = D(c[nh.IndexOf("inner_lon")]);
            refs[pc] = new RefPlace(pc, c[nh.IndexOf("ADM1_PCODE")], c[nh.IndexOf("NAME_AR")], la, lo);
            var area = c[nh.IndexOf("AREA_PCODE")];
            if (!areas.TryGetValue(area, out var list)) areas[area] = list = [];
            list.Add((c[nh.IndexOf("AREA_AR")], c[nh.IndexOf("ADM1_PCODE")], la, lo));
        }
        foreach (var (code, list) in areas)
            refs[code] = new RefPlace(code, list[0].Gov, list[0].Name, list.Average(x => x.Lat), list.Average(x => x.Lon));
        return refs;
    }

    [Fact]
    public void Every_embedded_place_matches_the_OCHA_reference()
    {
        var geo = SharedData.PathOrNull("data/geo");
        if (geo is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var refs = LoadReference(geo);
        var problems = new List<string>();
        foreach (var p in Gazetteer.Embedded.Places)
        {
            if (!refs.TryGetValue(p.Pcode, out var r)) { problems.Add($"{p.Pcode} {p.NameAr}: p-code not in the reference"); continue; }
            if (r.Gov != p.Governorate) problems.Add($"{p.Pcode}: governorate {p.Governorate}, reference {r.Gov}");
            if (ArabicFolding.FoldString(r.NameAr.Split('\n')[0].Trim()).Replace(" ", "") != ArabicFolding.FoldString(p.NameAr).Replace(" ", ""))
                problems.Add($"{p.Pcode}: name {p.NameAr}, reference {r.NameAr}");
            // a village no news corpus names (cue=2) is a community by its OCHA name itself, and needs its place word
            if (p.NeedsGovernorate && (p.Level != "community" || !p.NeedsCue || ArabicFolding.FoldString(r.NameAr.Trim()) != ArabicFolding.FoldString(p.NameAr)))
                problems.Add($"{p.Pcode} {p.NameAr}: cue=2 only for a community by its OCHA name");
            var km = GeoDistance.Km(p.Latitude, p.Longitude, r.Lat, r.Lon);
            if (km > 10) problems.Add($"{p.Pcode} {p.NameAr}: {km:0.0} km from the reference point");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));

        var communities = refs.Keys.Count(k => k.StartsWith('C'));
        var embeddedCommunities = Gazetteer.Embedded.Places.Count(p => p.Pcode.StartsWith('C'));
        var byLevel = Gazetteer.Embedded.Places.GroupBy(p => p.Level).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"embedded places: {Gazetteer.Embedded.Places.Count} ({string.Join(", ", byLevel)})");
        output.WriteLine($"OCHA coverage: admin1-3 {Gazetteer.Embedded.Places.Count(p => p.Pcode.StartsWith("SY"))}/{refs.Keys.Count(k => k.StartsWith("SY"))}, communities {embeddedCommunities}/{communities} ({100.0 * embeddedCommunities / communities:0.0}%)");
        Assert.Equal(14, Gazetteer.Embedded.Governorates.Count);
        Assert.Equal(62, Gazetteer.Embedded.Places.Count(p => p.Level == "district"));
        Assert.True(Gazetteer.Embedded.Places.Count(p => p.Level == "subdistrict") >= 270);
    }

    [Fact]
    public void Country_names_cover_ISO_3166_and_agree_with_the_reference()
    {
        var csv = SharedData.PathOrNull("data/geo/countries-ar/i18n-iso-countries/countries_ar_en.csv");
        if (csv is null) { output.WriteLine(SharedData.SkipMessage); return; }
        var lex = Rasd.Entities.EntityLexicon.Default;
        var table = Rasd.Lexicons.TsvTable.LoadEmbedded("countries");
        var ours = table.Rows.ToDictionary(r => table.Cell(r, "iso3"), r => table.Cell(r, "names_ar").Split('|').Select(n => ArabicFolding.FoldString(n.TrimStart('~'))).ToHashSet());
        int missing = 0, agree = 0, total = 0;
        foreach (var line in File.ReadAllLines(csv).Skip(1))
        {
            var c = line.Split(',');
            if (c.Length < 5) continue;
            total++;
            if (!ours.TryGetValue(c[1], out var names)) { missing++; output.WriteLine($"missing {c[1]} {c[3]}"); continue; }
            if (names.Contains(ArabicFolding.FoldString(c[3]))) agree++;
        }
        output.WriteLine($"countries: {total - missing}/{total} ISO codes present, {agree} with the reference's Arabic name among our variants");
        Assert.True(missing <= 2, $"{missing} ISO countries missing");
        Assert.True(agree >= total * 0.7, $"only {agree}/{total} names agree with the reference");
        Assert.True(lex.Countries.ContainsKey("SYR"));
    }
}
