namespace Rasd.Records;

/// <summary>A named entity, once per distinct name in the article, with its codes.</summary>
public sealed record EntityRecord(string Text, string Type)
{
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>Canonical id: ISO alpha-3 for countries, OCHA p-code for Syrian places, a lexicon id otherwise.</summary>
    public string? Id { get; init; }

    public string? NameEn { get; init; }

    /// <summary>CAMEO-style actor code when the entity can act (SYRMIL, RUSGOV, SYRNGO…).</summary>
    public string? Actor { get; init; }

    /// <summary>Governorate p-codes or ISO codes a place or region covers.</summary>
    public List<string>? Places { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>How many times it is mentioned.</summary>
    public int Mentions { get; init; } = 1;
}
