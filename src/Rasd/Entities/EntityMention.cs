using Rasd.Text;

namespace Rasd.Entities;

/// <summary>One mention of a named entity or actor phrase, with what it resolves to.</summary>
/// <param name="Type">PER, ORG or LOC; null for actor phrases that are not named entities ("قوات النظام", "المدنيين").</param>
/// <param name="CanonicalName">The entity's canonical Arabic name (its fullest form).</param>
/// <param name="Id">ISO alpha-3, OCHA p-code or a lexicon id.</param>
/// <param name="Actor">CAMEO-style actor code when it can act (SYRMIL, RUSGOV, SYRNGO, IGO…).</param>
/// <param name="Places">Governorate p-codes (SY07…) or ISO alpha-3 codes this mention locates; empty for non-places.</param>
public sealed record EntityMention(TextSpan Span, int FirstToken, int TokenCount, string Text, EntityType? Type, string CanonicalName, string? Id, string? NameEn, string? Actor, IReadOnlyList<string> Places)
{
    // a pass over ANT makes some 600k mentions: the nullable numbers below are kept as plain ones with a value that stands
    // for none (a double? takes 16 bytes, an int? 8), which makes a mention 128 bytes instead of 152
    private readonly int _geoPrecision = int.MinValue;
    private readonly double _latitude = double.NaN;
    private readonly double _longitude = double.NaN;

    /// <summary>ACLED geo_precision: 1 town, 2 district/region, 3 governorate or wider; null for non-places.</summary>
    public int? GeoPrecision
    {
        get => _geoPrecision == int.MinValue ? null : _geoPrecision;
        init => _geoPrecision = value ?? int.MinValue;
    }

    /// <summary>The finest p-code (community or sub-district) when known.</summary>
    public string? FinePcode { get; init; }

    public double? Latitude
    {
        get => double.IsNaN(_latitude) ? null : _latitude;
        init => _latitude = value ?? double.NaN;
    }

    public double? Longitude
    {
        get => double.IsNaN(_longitude) ? null : _longitude;
        init => _longitude = value ?? double.NaN;
    }

    /// <summary>For people: the role the title gives ("foreign minister").</summary>
    public string? Role { get; init; }

    /// <summary>Whether this mention should be listed as a named entity in the record (false for generic actor phrases).</summary>
    public bool IsNamedEntity { get; init; } = true;

    public int EndToken => FirstToken + TokenCount;
}
