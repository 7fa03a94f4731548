namespace Rasd.Quantities;

/// <summary>A word that gives a figure its role; <paramref name="Before"/> when it may govern a following number, <paramref name="After"/> when it may follow the counted noun as a verb; <paramref name="OverridesNoun"/> when it beats the role of the counted noun ("الإفراج عن 25 معتقلا" are released).</summary>
public sealed record RoleCue(string Role, bool Before, bool After, bool OverridesNoun = false)
{
    /// <summary>Strike and attack cues count events, not people.</summary>
    public bool CountsEvents => Role is "strikes" or "attacks";
}
