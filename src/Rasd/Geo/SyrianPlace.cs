namespace Rasd.Geo;

/// <summary>One Syrian place of the gazetteer: OCHA p-code, level, governorate, names and WGS84 coordinates.</summary>
public sealed record SyrianPlace(string Pcode, string Level, string Governorate, string NameAr, string NameEn, double Latitude, double Longitude)
{
    /// <summary>Also a common word: recognise only after a place word or with context.</summary>
    public bool NeedsCue { get; init; }

    /// <summary>A village no news corpus names (gazetteer cue=2): besides its place word, the report must name its governorate.</summary>
    public bool NeedsGovernorate { get; init; }

    /// <summary>Mentions in news (orders ambiguous names).</summary>
    public int Rank { get; init; }

    /// <summary>ACLED geo_precision of the level: 1 town or quarter, 2 district or sub-district, 3 governorate.</summary>
    public int Precision => Level switch { "gov" => 3, "district" or "subdistrict" => 2, _ => 1 };
}
