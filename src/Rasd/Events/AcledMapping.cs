using Rasd.Lexicons;

namespace Rasd.Events;

/// <summary>Maps an event to ACLED's event_type / sub_event_type (data/acled_mapping.tsv) and time precision.</summary>
public sealed class AcledMapping
{
    // by PLOVER type, then attack mode ("*": any); ordinal keys hash faster than a tuple of strings
    private readonly Dictionary<string, Dictionary<string, (string Type, string Sub)>> _map = new(StringComparer.Ordinal);

    public AcledMapping(TsvTable table)
    {
        foreach (var row in table.Rows)
        {
            var type = table.Cell(row, "plover_type");
            if (!_map.TryGetValue(type, out var modes)) _map[type] = modes = new(StringComparer.Ordinal);
            modes[table.Cell(row, "attack_mode")] = (table.Cell(row, "acled_event_type"), table.Cell(row, "acled_sub_event_type"));
        }
    }

    public static AcledMapping Default { get; } = new(TsvTable.LoadEmbedded("acled_mapping"));

    public (string EventType, string SubEventType) Map(string ploverType, string? attackMode)
    {
        if (!_map.TryGetValue(ploverType, out var modes)) return ("Strategic developments", "Other");
        if (attackMode is not null && modes.TryGetValue(attackMode, out var exact)) return exact;
        return modes.TryGetValue("*", out var any) ? any : ("Strategic developments", "Other");
    }

    /// <summary>ACLED time_precision: 1 a day, 2 within a week or month, 3 longer.</summary>
    public static int TimePrecision(DateOnly? begin, DateOnly? end)
    {
        if (begin is null || end is null) return 3;
        int days = end.Value.DayNumber - begin.Value.DayNumber;
        return days == 0 ? 1 : days <= 31 ? 2 : 3;
    }
}
