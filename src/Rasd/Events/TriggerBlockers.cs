using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Words that turn a trigger into its other sense ("بحث عن" searches, it does not discuss), from data/event_trigger_blockers.tsv.</summary>
public sealed class TriggerBlockers
{
    private readonly Dictionary<string, HashSet<string>> _next = new(StringComparer.Ordinal);

    public static TriggerBlockers Default { get; } = Load("event_trigger_blockers");

    public static TriggerBlockers Load(string name)
    {
        var b = new TriggerBlockers();
        var t = TsvTable.LoadEmbedded(name);
        foreach (var r in t.Rows)
        {
            var trigger = ArabicFolding.FoldString(t.Cell(r, "trigger"));
            if (!b._next.TryGetValue(trigger, out var set)) b._next[trigger] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(ArabicFolding.FoldString(t.Cell(r, "next")));
        }
        return b;
    }

    public bool Blocks(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.EndToken >= analysis.Tokens.Count) return false;
        var last = analysis.Tokens[trigger.EndToken - 1];
        HashSet<string>? next = null;
        foreach (var r in last.Readings)
            if (_next.TryGetValue(r.StemWithArticle, out next) || _next.TryGetValue(r.Stem, out next)) break;
        if (next is null) return false;
        var following = analysis.Tokens[trigger.EndToken];
        return following.IsWord && next.Contains(following.Folded);
    }
}
