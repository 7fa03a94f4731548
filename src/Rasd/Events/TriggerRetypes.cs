using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Triggers that the words after them turn into another type of event: "انسحبت واشنطن من الاتفاق" rejects a deal, it
/// withdraws no troops (data/event_trigger_retypes.tsv; the words are found as the blockers find theirs).
/// </summary>
public sealed class TriggerRetypes
{
    private readonly List<(string Type, TriggerBlockers Words)> _types = [];

    public TriggerRetypes(TsvTable table)
    {
        foreach (var rows in table.Rows.GroupBy(r => table.Cell(r, "type")))
        {
            if (!PloverTypes.All.Contains(rows.Key)) throw new InvalidDataException($"data/{table.Name}.tsv: '{rows.Key}' is not a PLOVER type");
            _types.Add((rows.Key, TriggerBlockers.From(table, rows)));
        }
    }

    public static TriggerRetypes Default { get; } = new(TsvTable.LoadEmbedded("event_trigger_retypes"));

    /// <summary>The trigger as the event its following words make it, or the trigger itself.</summary>
    public TriggerMatch Retype(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var (type, words) in _types)
            if (type != trigger.Entry.Type && words.Blocks(analysis, trigger))
                return trigger with { Entry = trigger.Entry with { Type = type, AttackMode = null } };
        return trigger;
    }
}
