using System.Globalization;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Store;

/// <summary>Syrian governorates (p-code, centre, names) and named regions: the gazetteer's admin-1 rows (data/gazetteer_sy.tsv), data/governorate_aliases.tsv and data/regions.tsv.</summary>
public static class Governorates
{
    /// <summary>One governorate: p-code, an interior point, and its English and Arabic names.</summary>
    public sealed record Governorate(string PCode, double Latitude, double Longitude, string NameEn, string NameAr);

    // the same admin-1 rows the entity layer resolves places with, so names and coordinates are written once
    private static readonly Lazy<Dictionary<string, Governorate>> ByCode = new(() =>
    {
        var t = TsvTable.LoadEmbedded("gazetteer_sy");
        return t.Rows.Where(r => t.Cell(r, "level") == "gov")
            .Select(r => new Governorate(t.Cell(r, "pcode"), double.Parse(t.Cell(r, "lat"), CultureInfo.InvariantCulture),
                double.Parse(t.Cell(r, "lon"), CultureInfo.InvariantCulture), t.Cell(r, "name_en"), t.Cell(r, "name_ar")))
            .ToDictionary(g => g.PCode, StringComparer.OrdinalIgnoreCase);
    });

    // folded Arabic or lower-case English name → governorate p-codes
    private static readonly Lazy<Dictionary<string, string[]>> ByName = new(() =>
    {
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var g in ByCode.Value.Values)
            foreach (var n in new[] { g.NameEn, g.NameAr }) names[Key(n)] = [g.PCode];
        var aliases = TsvTable.LoadEmbedded("governorate_aliases");
        foreach (var r in aliases.Rows)
            foreach (var n in aliases.Cell(r, "aliases").Split('|'))
                if (n.Length > 0) names[Key(n)] = [aliases.Cell(r, "pcode")];
        // the entity layer's region table: Arabic names, governorates, English name
        var regions = TsvTable.LoadEmbedded("regions");
        foreach (var r in regions.Rows)
        {
            var codes = regions.Cell(r, "govs").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (codes.Length == 0) continue;
            foreach (var n in regions.Cell(r, "name_en").Split('|').Concat(regions.Cell(r, "names_ar").Split('|')))
                if (n.Length > 0) names.TryAdd(Key(n), codes);
        }
        var all = ByCode.Value.Keys.Order(StringComparer.Ordinal).ToArray();
        foreach (var n in new[] { "Syria", "سوريا", "سورية" }) names.TryAdd(Key(n), all);
        return names;
    });

    public static IReadOnlyCollection<Governorate> All => ByCode.Value.Values;

    public static Governorate? Get(string? pcode) =>
        pcode is not null && ByCode.Value.TryGetValue(GovernorateOf(pcode), out var g) ? g : null;

    /// <summary>The admin-1 code a place code counts as: SY0703 → SY07; ISO codes stay as they are.</summary>
    public static string GovernorateOf(string code)
    {
        code = code.Trim().ToUpperInvariant();
        return code.Length > 4 && code.StartsWith("SY", StringComparison.Ordinal) && char.IsDigit(code[2]) ? code[..4] : code;
    }

    /// <summary>The governorate codes a p-code, governorate name or region name (Arabic or English) covers; null when unknown.</summary>
    public static string[]? Resolve(string place)
    {
        place = place.Trim();
        if (place.Length >= 4 && place.StartsWith("SY", StringComparison.OrdinalIgnoreCase) && place[2..].All(char.IsDigit))
            return [GovernorateOf(place)];
        if (ByName.Value.TryGetValue(Key(place), out var codes)) return codes;
        // an ISO alpha-3 country code (places outside Syria)
        if (place.Length == 3 && place.All(char.IsAsciiLetter)) return [place.ToUpperInvariant()];
        return null;
    }

    private static string Key(string name)
    {
        // spaces and hyphens vary in both scripts ("north-west", "northwest"), so they are dropped
        var folded = ArabicFolding.FoldString(name.Trim()).ToLowerInvariant();
        return string.Concat(folded.Where(c => !char.IsWhiteSpace(c) && c != '-'));
    }
}
