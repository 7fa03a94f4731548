using System.Globalization;
using Rasd.Lexicons;

namespace Rasd.Geo;

/// <summary>Syrian places: the embedded data/gazetteer_sy.tsv, optionally extended by an imported file (<c>rasd gazetteer import</c>).</summary>
public sealed class Gazetteer
{
    public const string Header = "pcode\tlevel\tgov\tname_ar\tname_en\tlat\tlon\tcue\tnews";

    public Gazetteer(IReadOnlyList<SyrianPlace> places) => Places = places;

    public IReadOnlyList<SyrianPlace> Places { get; }

    /// <summary>The 14 governorates by p-code.</summary>
    public IReadOnlyDictionary<string, SyrianPlace> Governorates => _govs ??= Places.Where(p => p.Level == "gov").ToDictionary(p => p.Pcode);

    private Dictionary<string, SyrianPlace>? _govs;

    public static Gazetteer Embedded { get; } = new(Read(TsvTable.LoadEmbedded("gazetteer_sy")));

    public static Gazetteer LoadFile(string path) => new(Read(TsvTable.LoadFile(path)));

    /// <summary>This gazetteer with the places of another that it lacks (by p-code).</summary>
    public Gazetteer Merge(Gazetteer more)
    {
        var have = Places.Select(p => p.Pcode).ToHashSet(StringComparer.Ordinal);
        return new Gazetteer(Places.Concat(more.Places.Where(p => have.Add(p.Pcode))).ToList());
    }

    private static List<SyrianPlace> Read(TsvTable t)
    {
        var list = new List<SyrianPlace>(t.Rows.Count);
        foreach (var r in t.Rows)
        {
            static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            list.Add(new SyrianPlace(t.Cell(r, "pcode"), t.Cell(r, "level"), t.Cell(r, "gov"), t.Cell(r, "name_ar"), t.Cell(r, "name_en"), D(t.Cell(r, "lat")), D(t.Cell(r, "lon")))
            {
                NeedsCue = t.Cell(r, "cue") is "1" or "2",
                NeedsGovernorate = t.Cell(r, "cue") == "2",
                Rank = int.TryParse(t.Cell(r, "news"), out var n) ? n : 0,
            });
        }
        return list;
    }

    /// <summary>Writes places in the gazetteer TSV layout.</summary>
    public static void Write(TextWriter w, IEnumerable<SyrianPlace> places, string comment)
    {
        w.WriteLine(Header);
        w.WriteLine("# " + comment);
        foreach (var p in places)
            w.WriteLine(string.Join('\t', p.Pcode, p.Level, p.Governorate, p.NameAr, p.NameEn,
                p.Latitude.ToString("0.######", CultureInfo.InvariantCulture), p.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
                p.NeedsGovernorate ? "2" : p.NeedsCue ? "1" : "0", p.Rank.ToString(CultureInfo.InvariantCulture)));
    }
}
