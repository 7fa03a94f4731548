using System.Text.Json;
using Rasd.Lexicons;
using Rasd.Text;
using Xunit.Abstractions;

namespace Rasd.Tests.Geo;

/// <summary>
/// Checks data/world_cities.tsv against GeoNames (../shared/data/geo/geonames-sy/world_cities_arabic_names.tsv): a row with a
/// name GeoNames has must sit in one of that name's countries, and every other row is a listed exception with its reason.
/// </summary>
public class WorldCitiesReferenceTests(ITestOutputHelper output)
{
    private const string Region = "a region or province: GeoNames lists only towns";
    private const string NoArabic = "a town GeoNames gives no Arabic name for";
    private const string Site = "a camp, base or district, not a town";
    private const string NotInExtract = "a town the GeoNames extract (towns with an Arabic name) lacks";
    private const string YemenFront = "a district or small town of the Yemen war fronts the GeoNames extract lacks";

    /// <summary>Rows (by first name) none of whose names GeoNames has, and why they are kept.</summary>
    internal static readonly Dictionary<string, string> NotInGeoNames = new(StringComparer.Ordinal)
    {
        ["أورفة"] = NoArabic,
        ["سالزبري"] = NoArabic + " (Salisbury, England)",
        ["إنجلترا"] = Region,
        ["سوتشي"] = NoArabic,
        ["يكاترينبورغ"] = "a city the GeoNames extract lacks (Yekaterinburg, Sverdlovsk oblast)",
        ["حميميم"] = Site + " (the Russian air base in Latakia)",
        ["لوزان"] = NoArabic,
        ["دافوس"] = NoArabic,
        ["كردستان العراق"] = Region,
        ["عرسال"] = NoArabic,
        ["البقاع"] = Region,
        ["الضاحية الجنوبية"] = Site + " (Beirut's southern suburbs)",
        ["شرم الشيخ"] = NoArabic,
        ["سيناء"] = Region,
        ["الزعتري"] = Site,
        ["التنف"] = Site + " (the US base on the Syrian side of the border)",
        ["الضفة الغربية"] = Region,
        ["مأرب"] = NoArabic,
        ["فلوريدا"] = Region,
        ["كاليفورنيا"] = Region,
        ["تكساس"] = Region,
        ["أستوكهولم"] = "a spelling of the capital ستوكهولم (countries.tsv)",
        ["ولاية راخين"] = Region + " (Myanmar's Rakhine State)",
        ["كوكس بازار"] = NoArabic,
        ["الأنبار"] = Region,
        ["نينوى"] = Region,
        ["جبل سنجار"] = "a mountain (the Yazidis' refuge in Iraq), not a town",
        ["ديالى"] = Region,
        ["شرناق"] = NoArabic,
        ["مرسين"] = NoArabic,
        ["إنجرليك"] = Site + " (the air base near Adana)",
        ["القرم"] = Region,
        ["الشيشان"] = Region,
        ["غروزني"] = NoArabic,
        ["داغستان"] = Region,
        ["سيبيريا"] = Region,
        ["خوزستان"] = Region,
        ["كويتا"] = NoArabic,
        ["حضرموت"] = Region,
        ["شبوة"] = Region,
        ["الأحساء"] = Region,
        ["القصيم"] = Region,
        ["شمال سيناء"] = Region,
        ["الشيخ زويد"] = NoArabic,
        ["سديروت"] = NoArabic,
        ["جنوب لبنان"] = Region,
        ["بني وليد"] = NoArabic,
        ["رأس لانوف"] = NoArabic,
        ["الهلال النفطي"] = Region + " (Libya's oil ports)",
        ["دارفور"] = Region,
        ["كورسيكا"] = Region,
        ["بافاريا"] = Region,
        ["صقلية"] = Region,
        ["كاتالونيا"] = Region,
        ["اسكتلندا"] = Region,
        ["ألاسكا"] = Region,
        ["فيرجينيا"] = Region,
        ["ميشيغان"] = Region,
        ["أوهايو"] = Region,
        ["بنسلفانيا"] = Region,
        ["أريزونا"] = Region,
        ["نيوجيرسي"] = Region,
        ["ماساتشوستس"] = Region,
        ["هاواي"] = Region,
        ["شينجيانغ"] = Region,
        ["الجوف"] = Region + " (Yemen's al-Jawf governorate)",
        ["المهرة"] = Region + " (Yemen's al-Mahra governorate)",
        ["المخا"] = NotInExtract + " (Mocha, Yemen)",
        ["الخوخة"] = YemenFront,
        ["حيس"] = YemenFront,
        ["التحيتا"] = YemenFront,
        ["الدريهمي"] = YemenFront,
        ["الصليف"] = YemenFront + " (the Red Sea port of Salif)",
        ["باجل"] = YemenFront,
        ["حرض"] = YemenFront,
        ["ميدي"] = YemenFront + " (the port of Midi)",
        ["كتاف"] = YemenFront,
        ["نهم"] = YemenFront,
        ["صرواح"] = YemenFront,
        ["العلمين"] = NotInExtract + " (El Alamein, Egypt)",
        ["العلمين الجديدة"] = "a new city (New Alamein, Egypt) the GeoNames extract lacks",
        ["الوادي الجديد"] = Region + " (Egypt's New Valley governorate)",
        ["صور باهر"] = Site + " (a quarter of East Jerusalem)",
        ["النبطية"] = NotInExtract + " (Nabatieh, Lebanon)",
        ["الكرك"] = NotInExtract + " (Karak, Jordan)",
        ["الكفرة"] = NotInExtract + " (Kufra, Libya)",
        ["بن قردان"] = NotInExtract + " (Ben Gardane, Tunisia)",
        ["الأبيض"] = NotInExtract + " (El Obeid, Sudan; GeoNames spells it الأبي)",
        ["الفاشر"] = NotInExtract + " (El Fasher, Sudan)",
    };

    /// <summary>Rows (by first name, or "name (ISO)" where the name has a row per country) whose country deliberately differs from GeoNames', and why.</summary>
    internal static readonly Dictionary<string, string> CountryExceptions = new(StringComparer.Ordinal)
    {
        ["القدس"] = "coded PSE as in the rest of the data; GeoNames files Jerusalem under IL",
        ["الركبان"] = "the camp is on the Syrian side of the border; GeoNames' الركبان is a Jordanian village",
        ["هونغ كونغ"] = "coded as China, its sovereign; GeoNames uses the ISO code HK",
        ["همدان (YEM)"] = "Hamdan, the district north of Sanaa; GeoNames has only Iran's Hamadan (its own row)",
        ["الطائف (YEM)"] = "the farms south of Hodeidah airport fought over in 2018; GeoNames has only Saudi Arabia's Taif (its own row)",
        ["المنصورة (YEM)"] = "the Aden district; GeoNames has only Egypt's Mansoura (its own row) and Syrian villages",
    };

    /// <summary>GeoNames: folded Arabic name → the ISO alpha-3 countries of the towns bearing it.</summary>
    private static Dictionary<string, HashSet<string>> LoadGeoNames(string geonames, string codes)
    {
        var alpha3 = JsonSerializer.Deserialize<string[][]>(File.ReadAllText(codes))!.ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
        var byName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(geonames);
        var header = lines[0].Split('\t').ToList();
        int names = header.IndexOf("arabic_script_names"), country = header.IndexOf("country_code");
        foreach (var line in lines.Skip(1))
        {
            var c = line.Split('\t');
            if (c.Length <= Math.Max(names, country) || !alpha3.TryGetValue(c[country], out var iso)) continue;
            foreach (var n in c[names].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = Key(n);
                if (!byName.TryGetValue(key, out var set)) byName[key] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(iso);
            }
        }
        return byName;
    }

    private static string Key(string name) => string.Join(' ', ArabicFolding.FoldString(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every disagreement between the table and GeoNames, including exceptions that no longer apply.</summary>
    internal static List<string> Problems(TsvTable cities, Dictionary<string, HashSet<string>> geo)
    {
        var problems = new List<string>();
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in cities.Rows)
        {
            var names = cities.Cell(r, "names_ar").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var iso = cities.Cell(r, "iso3");
            var first = names[0];
            firstNames.Add(first);
            // a name with a row per country has its exception under "name (ISO)"
            var exception = CountryExceptions.ContainsKey($"{first} ({iso})") ? $"{first} ({iso})" : first;
            firstNames.Add(exception);
            var known = names.Where(n => geo.ContainsKey(Key(n))).ToList();
            if (known.Count == 0)
            {
                if (!NotInGeoNames.ContainsKey(first)) problems.Add($"{first} ({iso}): not in GeoNames and not a listed exception");
                continue;
            }
            if (NotInGeoNames.ContainsKey(first)) problems.Add($"{first}: listed as not in GeoNames, but GeoNames has {known[0]}");
            var wrong = known.Where(n => !geo[Key(n)].Contains(iso)).ToList();
            if (wrong.Count > 0 && !CountryExceptions.ContainsKey(exception))
                problems.Add($"{first}: {iso} here, GeoNames puts {wrong[0]} in {string.Join(",", geo[Key(wrong[0])].Order())}");
            if (wrong.Count == 0 && CountryExceptions.ContainsKey(exception)) problems.Add($"{first}: listed as a country exception, but GeoNames agrees");
        }
        foreach (var stale in NotInGeoNames.Keys.Concat(CountryExceptions.Keys).Where(k => !firstNames.Contains(k)))
            problems.Add($"{stale}: listed as an exception, but no row starts with it");
        return problems;
    }

    private Dictionary<string, HashSet<string>>? GeoOrNull()
    {
        var geonames = SharedData.PathOrNull("data/geo/geonames-sy/world_cities_arabic_names.tsv");
        var codes = SharedData.PathOrNull("data/geo/countries-ar/i18n-iso-countries/codes.json");
        if (geonames is null || codes is null) { output.WriteLine(SharedData.SkipMessage); return null; }
        return LoadGeoNames(geonames, codes);
    }

    [Fact]
    public void Every_world_city_agrees_with_GeoNames_on_its_country()
    {
        if (GeoOrNull() is not { } geo) return;
        var cities = TsvTable.LoadEmbedded("world_cities");
        var problems = Problems(cities, geo);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        output.WriteLine($"world_cities: {cities.Rows.Count} rows, {cities.Rows.Count - NotInGeoNames.Count} checked against GeoNames, {NotInGeoNames.Count} listed exceptions");
    }

    [Fact]
    public void A_row_with_the_wrong_country_or_an_unlisted_name_is_reported()
    {
        if (GeoOrNull() is not { } geo) return;
        var real = TsvTable.LoadEmbedded("world_cities");
        // a real row moved to another country, and a made-up town no exception lists
        var rows = real.Rows.Select(r => r[0].StartsWith("أضنة", StringComparison.Ordinal) ? new[] { r[0], "EGY", r[2] } : r)
            .Append(new[] { "بلدة متخيلة للاختبار", "TUR", "Nowhere" }).ToList();
        var problems = Problems(new TsvTable("world_cities", real.Header, rows), geo);
        Assert.Contains(problems, p => p.StartsWith("أضنة: EGY here", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("بلدة متخيلة للاختبار (TUR): not in GeoNames", StringComparison.Ordinal));
        Assert.Equal(2, problems.Count);
    }
}
