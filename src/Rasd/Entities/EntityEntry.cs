namespace Rasd.Entities;

/// <summary>One lexicon entry (a country, place, organisation, person or actor phrase) with everything a mention of it resolves to.</summary>
public sealed record EntityEntry(EntryKind Kind, EntityType? Type, string CanonicalName, string? Id, string? NameEn, string? Actor, IReadOnlyList<string> Places)
{
    /// <summary>ISO alpha-3 of the country the entry belongs to, when known.</summary>
    public string? Country { get; init; }

    /// <summary>Governorate p-code for Syrian places.</summary>
    public string? Governorate { get; init; }

    public string? FinePcode { get; init; }

    public int? GeoPrecision { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public string? Role { get; init; }

    /// <summary>Administrative level of a Syrian place: gov, district, subdistrict, community, area, neighbourhood.</summary>
    public string? Level { get; init; }

    /// <summary>A common word too: only recognised after a place word ("بلدة", "قرية") or with Syrian context.</summary>
    public bool NeedsCue { get; init; }

    /// <summary>A Syrian village no news corpus names: stands only where the report names its governorate (and it has its place word).</summary>
    public bool NeedsGovernorate { get; init; }

    /// <summary>A place whose name, between quote marks, is a newspaper's or a channel's («الشرق الأوسط»): not recognised there.</summary>
    public bool NotQuoted { get; init; }

    /// <summary>The newspaper or channel such a name stands for between quote marks, or null.</summary>
    public EntityEntry? QuotedOutlet { get; init; }

    /// <summary>A short alias (a surname) only recognised after the full name appeared in the article.</summary>
    public bool NeedsAntecedent { get; init; }

    /// <summary>How often news names it; orders ambiguous candidates.</summary>
    public int Rank { get; init; }

    public bool IsNamedEntity => Type is not null;
}
