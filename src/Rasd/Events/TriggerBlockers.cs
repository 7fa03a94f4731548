using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Words within the next few after a trigger that decide its sense: blockers turn it into its other sense ("بحث عن" searches,
/// it does not discuss; data/event_trigger_blockers.tsv), requirements name the words without which it is no event ("منع"
/// is a coercion only when it stops someone's entry, passage or travel; data/event_trigger_requirements.tsv).
/// </summary>
public sealed class TriggerBlockers
{
    private readonly Dictionary<string, List<string[]>> _next = new(StringComparer.Ordinal);

    public static TriggerBlockers Default { get; } = Load("event_trigger_blockers");

    /// <summary>The requirements table: a listed trigger is an event only when one of its words follows.</summary>
    public static TriggerBlockers Requirements { get; } = Load("event_trigger_requirements");

    /// <summary>False when the trigger is listed and none of its words follows; the requirements table's test.</summary>
    public bool Allows(Analysis analysis, TriggerMatch trigger) => Followed(analysis, trigger) != false;

    public static TriggerBlockers Load(string name)
    {
        var b = new TriggerBlockers();
        var t = TsvTable.LoadEmbedded(name);
        foreach (var r in t.Rows)
        {
            var next = ArabicFolding.FoldString(t.Cell(r, "next")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // one row may name several forms of the trigger ("رفض رفضت يرفض"), each a single word
            foreach (var trigger in ArabicFolding.FoldString(t.Cell(r, "trigger")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!b._next.TryGetValue(trigger, out var list)) b._next[trigger] = list = [];
                list.Add(next);
            }
        }
        return b;
    }

    public bool Blocks(Analysis analysis, TriggerMatch trigger) => Followed(analysis, trigger) == true;

    // null when the trigger is not listed; else whether one of its listed words follows
    private bool? Followed(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.EndToken >= analysis.Tokens.Count) return null;
        var last = analysis.Tokens[trigger.EndToken - 1];
        List<string[]>? next = null;
        foreach (var r in last.Readings)
            if (_next.TryGetValue(r.StemWithArticle, out next) || _next.TryGetValue(r.Stem, out next)) break;
        if (next is null) return null;
        // the subject may stand between: "انسحبت الولايات المتحدة من الاتفاق"
        var tokens = analysis.Tokens;
        for (int at = trigger.EndToken; at < Math.Min(tokens.Count, trigger.EndToken + 4) && tokens[at].IsWord; at++)
            foreach (var words in next)
                if (words is [WithBa] ? at == trigger.EndToken && HasBa(tokens[at]) : Follows(tokens, at, words)) return true;
        return false;
    }

    // "ب+" in the table: the very next word carries the preposition ب ("إدانته بالانتماء" is a conviction for something)
    private const string WithBa = "ب+";

    private static bool HasBa(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics.Contains('ب') && r.Stem.Length > 2) return true;
        return false;
    }

    private static bool Follows(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (int i = 0; i < words.Length; i++)
            if (!tokens[at + i].IsWord || tokens[at + i].Folded != words[i]) return false;
        return true;
    }
}
