using Rasd.Text;

namespace Rasd.Quantities;

/// <summary>A figure being read: its number, counted noun and the clues for role, group and breakdown, before they are settled.</summary>
internal sealed class FigureCandidate
{
    public int First;
    /// <summary>End of the figure's own span (number, noun, trailing qualifier).</summary>
    public int End;
    /// <summary>End including a following role verb ("قتلوا"), which belongs to this figure.</summary>
    public int ConsumedEnd;
    public decimal Value;
    public decimal? High;
    public bool Vague;
    public string? Qualifier;
    public CountedNoun? Noun;
    public int NounToken = -1;
    public string? AdjectiveGroup;
    public string? ModifierGroup;
    /// <summary>"36 منهم": a part of the figure before it.</summary>
    public bool Partitive;
    /// <summary>A bare singular noun ("بينهم طفل") that counts one only inside a breakdown list.</summary>
    public bool Singular;

    /// <summary>A role word right before the noun ("مقتل طفل") or a role verb right after it ("إن طفلا قتل"): a lone singular then counts one.</summary>
    public bool RoleBeside;
    public string? Role;
    public TextSpan Governing;
    public string? Group;
    public int Parent = -1;
    public BreakdownRelation? Relation;
    public int InheritRoleFrom = -1;
    public bool Coordinated;

    /// <summary>Joined to the count before it past that count's ranks or a describing word ("86 مقاتلا من قوات النظام، و57 عنصرا").</summary>
    public bool JoinedPastRanks;

    public bool Bare => Noun is null;
}
