using System.Globalization;
using Rasd.Text;

namespace Rasd.Geo;

/// <summary>Reads a full OCHA communities CSV (admin4Pcode, admin4Name_ar, Latitude_y…) or a GeoNames dump into gazetteer places.</summary>
public static class GazetteerImport
{
    /// <summary>Places of a file, detected by its header: OCHA CSV (comma, admin columns) or GeoNames (tab, no header).</summary>
    public static List<SyrianPlace> Read(string path, Gazetteer reference)
    {
        using var reader = new StreamReader(path);
        var first = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty file");
        first = first.TrimStart('\uFEFF');
        if (first.Contains("admin4Pcode", StringComparison.Ordinal)) return ReadOcha(first, reader, path);
        if (first.Split('\t').Length >= 15) return ReadGeoNames(first, reader, reference);
        throw new InvalidDataException($"{path}: neither an OCHA communities CSV (admin4Pcode column) nor a GeoNames dump");
    }

    private static List<SyrianPlace> ReadOcha(string header, StreamReader reader, string path)
    {
        var cols = header.Split(',').Select(c => c.Trim()).ToList();
        int Col(string n) => cols.IndexOf(n) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no column {n}");
        int pc = Col("admin4Pcode"), ar = Col("admin4Name_ar"), en = Col("admin4Name_en"), gov = Col("admin1Pcode"), lat = Col("Latitude_y"), lon = Col("Longitude_x");
        var list = new List<SyrianPlace>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            var c = line.Split(',');
            if (c.Length < cols.Count) continue;
            if (!double.TryParse(c[lat].Trim(), CultureInfo.InvariantCulture, out var la) || !double.TryParse(c[lon].Trim(), CultureInfo.InvariantCulture, out var lo)) continue;
            var name = c[ar].Trim();
            if (name.Length < 2) continue;
            list.Add(new SyrianPlace(c[pc].Trim(), "community", c[gov].Trim(), name, c[en].Trim(), la, lo) { NeedsCue = IsShortOrCommon(name) });
        }
        return list;
    }

    /// <summary>GeoNames rows (feature class P) with an Arabic alternate name; the governorate is the nearest embedded place's.</summary>
    private static List<SyrianPlace> ReadGeoNames(string first, StreamReader reader, Gazetteer reference)
    {
        var list = new List<SyrianPlace>();
        for (string? line = first; line != null; line = reader.ReadLine())
        {
            var c = line.Split('\t');
            if (c.Length < 15 || c[6] != "P" || c[8] != "SY") continue;
            var arabic = c[3].Split(',').FirstOrDefault(n => n.Any(ch => ch is >= '\u0621' and <= '\u064A'));
            if (arabic is null || !double.TryParse(c[4], CultureInfo.InvariantCulture, out var la) || !double.TryParse(c[5], CultureInfo.InvariantCulture, out var lo)) continue;
            var nearest = reference.Places.Where(p => p.Level != "gov").MinBy(p => GeoDistance.Km(la, lo, p.Latitude, p.Longitude));
            if (nearest is null) continue;
            list.Add(new SyrianPlace("GN" + c[0], "community", nearest.Governorate, arabic, c[1], la, lo) { NeedsCue = IsShortOrCommon(arabic) });
        }
        return list;
    }

    // one-word village names often are ordinary words ("المدينة", "جديدة"): recognise them only after a place word,
    // in a list of places, or once the article named them so; compound names ("جب الكلب") are distinctive enough
    private static bool IsShortOrCommon(string name) => !ArabicFolding.FoldString(name).Trim().Contains(' ');

    /// <summary>Imports a file and writes a gazetteer TSV; returns how many places were written.</summary>
    public static int Import(string input, string output)
    {
        var places = Read(input, Gazetteer.Embedded);
        var dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var w = new StreamWriter(output);
        Gazetteer.Write(w, places, $"imported from {Path.GetFileName(input)} by rasd gazetteer import");
        return places.Count;
    }
}
