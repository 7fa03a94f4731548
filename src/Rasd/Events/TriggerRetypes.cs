using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Words after a trigger that make it an event of another type (data/event_trigger_retypes.tsv): "انسحب … من الاتفاق" is a REJECT.</summary>
public static class TriggerRetypes
{
    private static readonly List<(string Type, TriggerBlockers Rows)> ByType =
        [.. Lexicons.TsvTable.LoadEmbedded("event_trigger_retypes").Rows.Select(r => r[2]).Distinct()
            .Select(type => (type, TriggerBlockers.Load("event_trigger_retypes", "next", type)))];

    /// <summary>The type the words after the trigger give it, or null when no row applies.</summary>
    public static string? NewType(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var (type, rows) in ByType)
            if (rows.Blocks(analysis, trigger)) return type;
        return null;
    }
}
