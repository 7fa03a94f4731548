namespace Rasd.Quantities;

/// <summary>A word that gives a figure its role; <paramref name="Before"/> when it may govern a following number, <paramref name="After"/> when it may follow the counted noun as a verb; <paramref name="OverridesNoun"/> when it beats the role of the counted noun ("الإفراج عن 25 معتقلا" are released); <paramref name="PeopleOnly"/> when it governs only a count with a noun of people ("حصيلة المعارك 203 مقاتلين", never a bare "حصيلة … 50").</summary>
public sealed record RoleCue(string Role, bool Before, bool After, bool OverridesNoun = false, bool PeopleOnly = false)
{
    /// <summary>Strike and attack cues count events, not people.</summary>
    public bool CountsEvents => Role is "strikes" or "attacks";
}
