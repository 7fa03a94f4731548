namespace Rasd.Events;

/// <summary>Whether an event happened, is scheduled, may happen, or did not happen.</summary>
public enum EventMode { Actual, Planned, Possible, Negated }

/// <summary>Names of modes as written in records.</summary>
public static class EventModeNames
{
    public static string ToName(this EventMode mode) => mode switch
    {
        EventMode.Planned => "planned",
        EventMode.Possible => "possible",
        EventMode.Negated => "negated",
        _ => "actual",
    };

    public static EventMode Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "planned" => EventMode.Planned,
        "possible" => EventMode.Possible,
        "negated" => EventMode.Negated,
        "actual" => EventMode.Actual,
        _ => throw new InvalidDataException($"unknown event mode '{name}'"),
    };

    /// <summary>Precedence when cues disagree: negated over possible over planned over actual.</summary>
    public static int Strength(this EventMode mode) => mode switch
    {
        EventMode.Negated => 3,
        EventMode.Possible => 2,
        EventMode.Planned => 1,
        _ => 0,
    };
}
