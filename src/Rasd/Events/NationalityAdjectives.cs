using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Nationality adjectives from data/countries.tsv in all four forms (تركي، تركية، التركي، التركية), to the country's ISO code.</summary>
public sealed class NationalityAdjectives
{
    private readonly Dictionary<string, string> _byForm = new(StringComparer.Ordinal);

    public NationalityAdjectives(TsvTable countries)
    {
        foreach (var row in countries.Rows)
        {
            var iso = countries.Cell(row, "iso3");
            foreach (var adj in countries.Cell(row, "adjective").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var f = ArabicFolding.FoldString(adj);
                foreach (var form in new[] { f, f + "ه", "ال" + f, "ال" + f + "ه" }) _byForm.TryAdd(form, iso);
            }
        }
    }

    public static NationalityAdjectives Default { get; } = new(TsvTable.LoadEmbedded("countries"));

    /// <summary>The country a token's adjective names ("الروسية" → RUS), through its clitic readings.</summary>
    public string? CountryOf(Token token)
    {
        if (!token.IsWord) return null;
        foreach (var r in token.Readings)
            if (_byForm.TryGetValue(r.StemWithArticle, out var iso) || _byForm.TryGetValue(r.Stem, out iso)) return iso;
        return null;
    }
}
