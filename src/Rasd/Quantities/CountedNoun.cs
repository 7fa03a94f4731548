namespace Rasd.Quantities;

/// <summary>What kind of thing a counted noun counts: people, strikes, attacks, or occurrences ("مرات").</summary>
public enum NounKind { Person, Strike, Attack, Times }

/// <summary>Grammatical number of a counted noun as listed.</summary>
public enum NounForm { Singular, Plural, Dual }

/// <summary>A counted noun from data/figure_groups.tsv: its group, the role it carries itself (or null), kind and form.</summary>
public sealed record CountedNoun(string Group, string? Role, NounKind Kind, NounForm Form)
{
    /// <summary>"آخرين" (others): the group comes from the total it follows.</summary>
    public bool InheritsGroup => Group == "inherit";

    /// <summary>A nationality ("سوري", "أمريكيين"): it counts people only after a number ("12 سوريا"); alone it is the adjective of
    /// a noun before it ("جندي تركي") or, with its accusative alef, the country's name ("روسيا").</summary>
    public bool NeedsNumber { get; init; }

    /// <summary>A population ("لاجئ"): counted with no role of its own, nor one taken from the count it is joined to ("350 ألف قتيل و7 ملايين لاجئ": the refugees are not dead).</summary>
    public bool Population { get; init; }

    /// <summary>Cases ("حالة", kind case in the table): people, but counted as cases of something, so a toll word ("حصيلة … 78 حالة مؤكدة") gives them no role.</summary>
    public bool Cases { get; init; }
}
