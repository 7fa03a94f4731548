namespace Rasd.Numbers;

/// <summary>How a number was written and what it counts.</summary>
public enum NumberKind
{
    /// <summary>A count: "45", "خمسة وأربعون", "١٬٥٠٠".</summary>
    Cardinal,
    /// <summary>A rank: "الـ17", "السابع عشر", "(16)" after a noun.</summary>
    Ordinal,
    /// <summary>A dual noun: "طفلين" counts two.</summary>
    Dual,
}
