using Rasd.Lexicons;

namespace Rasd.Events;

/// <summary>Maps an event to ACLED's event_type / sub_event_type (data/acled_mapping.tsv) and time precision.</summary>
public sealed class AcledMapping
{
    private readonly Dictionary<(string, string), (string Type, string Sub)> _map = new();

    public AcledMapping(TsvTable table)
    {
        foreach (var row in table.Rows)
            _map[(table.Cell(row, "plover_type"), table.Cell(row, "attack_mode"))] = (table.Cell(row, "acled_event_type"), table.Cell(row, "acled_sub_event_type"));
    }

    public static AcledMapping Default { get; } = new(TsvTable.LoadEmbedded("acled_mapping"));

    public (string EventType, string SubEventType) Map(string ploverType, string? attackMode)
    {
        if (attackMode is not null && _map.TryGetValue((ploverType, attackMode), out var exact)) return exact;
        return _map.TryGetValue((ploverType, "*"), out var any) ? any : ("Strategic developments", "Other");
    }

    /// <summary>ACLED time_precision: 1 a day, 2 within a week or month, 3 longer.</summary>
    public static int TimePrecision(DateOnly? begin, DateOnly? end)
    {
        if (begin is null || end is null) return 3;
        int days = end.Value.DayNumber - begin.Value.DayNumber;
        return days == 0 ? 1 : days <= 31 ? 2 : 3;
    }
}
