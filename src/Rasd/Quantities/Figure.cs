using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>A counted figure: role (killed, injured…), group (children, women…), value with qualifier and UCDP-style low/high, and where it was read.</summary>
/// <param name="Role">killed, injured, rescued, attacks, strikes, arrested, missing, displaced, detained, released.</param>
/// <param name="Group">all, civilians, children, women, men, fighters, civil_defence, medical, journalists.</param>
/// <param name="Qualifier">exact, more_than, at_least, about, less_than, up_to (a range is exact low..high with Low/High set).</param>
/// <param name="Span">The number phrase with its counted noun ("أكثر من 130 شخصاً").</param>
/// <param name="GoverningSpan">The word that gives the role ("بمقتل").</param>
public sealed record Figure(string Role, string Group, decimal Value, string Qualifier, decimal? Low, decimal? High, TextSpan Span, TextSpan GoverningSpan, int SentenceIndex)
{
    /// <summary>Vague amounts ("عشرات", "المئات") record a floor only.</summary>
    public bool Vague { get; init; }

    /// <summary>Index in the layer of the total this figure breaks down ("من بينهم 45 طفلاً" inside 130), or null.</summary>
    public int? InsideOf { get; init; }

    /// <summary>Index of the total this figure is added to ("بالإضافة إلى متطوعين اثنين"), or null.</summary>
    public int? InAdditionTo { get; init; }

    /// <summary>First token of the figure's span.</summary>
    public int FirstToken { get; init; }

    /// <summary>A range ("بين 10 و15"): Value and Low are its lower end, High its upper end.</summary>
    public bool IsRange { get; init; }
}
