namespace Rasd.Store;

/// <summary>
/// Which reported figures stats may sum. A killed, injured or missing count above <see cref="PerDay"/> people per day of
/// the report's own time span, or above <see cref="Ceiling"/> whatever the span, is taken for a misread number
/// ("87 مليوناً" read as a toll, a year, a sum of money) and not summed; stats list it as excluded, with this limit.
/// </summary>
public sealed record Plausibility(decimal PerDay = 5_000, decimal Ceiling = 1_000_000)
{
    /// <summary>Roles counting people hurt by one event; other roles (displaced, attacks…) are not capped.</summary>
    public static IReadOnlySet<string> CappedRoles { get; } = new HashSet<string>(StringComparer.Ordinal) { "killed", "injured", "missing" };

    public static Plausibility Default { get; } = new();

    /// <summary>The largest plausible value of a figure of this role in a report spanning this many days (null: 1 day), or null when uncapped.</summary>
    public decimal? LimitFor(string role, int? days) =>
        CappedRoles.Contains(role) ? Math.Min(Ceiling, PerDay * Math.Max(1, days ?? 1)) : null;

    public string Describe() => $"{string.Join("/", CappedRoles.Order(StringComparer.Ordinal))} above {PerDay:0.##} per day of the report's span or above {Ceiling:0.##}";
}

/// <summary>One report's figure left out of the sums by the plausibility rule, with the limit it broke.</summary>
public sealed record ExcludedFigure(string Role, string Group, decimal Value, decimal Limit, int? Days, long EventId, string? Document, string? Source);
