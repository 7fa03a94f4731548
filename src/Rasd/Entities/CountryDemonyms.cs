using Rasd.Lexicons;

namespace Rasd.Entities;

/// <summary>The English adjective of nationality of each country ("Syrian", "Russian"), for English names and summaries (data/country_demonyms_en.tsv).</summary>
public static class CountryDemonyms
{
    private static readonly Dictionary<string, string> ByIso = Load();

    private static Dictionary<string, string> Load()
    {
        var table = TsvTable.LoadEmbedded("country_demonyms_en");
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (table.Cell(row, "demonym_en") is { Length: > 0 } adjective) demonyms[table.Cell(row, "iso3")] = adjective;
        return demonyms;
    }

    /// <summary>The adjective for an ISO alpha-3 code, or null when English has no usual one (the caller then names the country).</summary>
    public static string? Of(string iso3) => ByIso.TryGetValue(iso3, out var adjective) ? adjective : null;

    /// <summary>"Russian forces" with an adjective, else "forces of Tuvalu" by the country's English name.</summary>
    public static string Phrase(string iso3, string countryName, string noun) => Of(iso3) is { } adjective ? $"{adjective} {noun}" : $"{noun} of {countryName}";
}
