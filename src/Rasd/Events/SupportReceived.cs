using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Support told from the side that receives it: "تلقت الوحدات الكردية الدعم من واشنطن", "يتلقى النظام دعما عسكريا من إيران
/// وروسيا", "حصلت الفصائل على دعم من تركيا" — the receiving verb's subject is the one supported, the names after "من" give it.
/// </summary>
internal static class SupportReceived
{
    // data/support_receiving_verbs.tsv: each verb and the word it needs right before the support word ("" for none)
    private static readonly Dictionary<string, string> Verbs = Load();

    private static Dictionary<string, string> Load()
    {
        var table = TsvTable.LoadEmbedded("support_receiving_verbs");
        var verbs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            verbs[ArabicFolding.FoldString(table.Cell(row, "word"))] = ArabicFolding.FoldString(table.Cell(row, "before_support"));
        return verbs;
    }

    /// <summary>The receivers and the givers of a support trigger told with a receiving verb; both empty when it is not.</summary>
    public static (List<EntityMention> Receivers, List<EntityMention> Givers) Roles(Analysis analysis, Sentence sentence, TriggerMatch trigger, List<EntityMention> mentions)
    {
        var tokens = analysis.Tokens;
        int verb = ReceivingVerbBefore(tokens, sentence, trigger);
        if (verb < 0) return ([], []);
        var receivers = new List<EntityMention>();
        var givers = new List<EntityMention>();
        int from = FromAfter(tokens, sentence, trigger);
        foreach (var m in mentions)
        {
            // the subject: between the verb and the support word ("تلقت الوحدات الكردية الدعم"), or right before a verb that
            // opens no new clause ("النظام يتلقى"; in "… في سوريا وتلقت الدعم" سوريا is no subject)
            if (m.FirstToken > verb && m.EndToken <= trigger.FirstToken || m.EndToken == verb && !OpensClause(tokens[verb])) receivers.Add(m);
            // the givers: right after "من", and the names joined to them by و
            else if (from >= 0 && m.FirstToken >= from && Joined(tokens, givers, from, m)) givers.Add(m);
        }
        return (receivers, givers);
    }

    // the receiving verb up to six words before the support word, in its clause (no punctuation between)
    private static int ReceivingVerbBefore(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger)
    {
        for (int k = trigger.FirstToken - 1; k >= Math.Max(sentence.FirstToken, trigger.FirstToken - 6); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return -1;
            if (Needs(tokens[k]) is not { } before) continue;
            // "حصلت الفصائل على دعم": obtaining takes على right before the support word
            return before.Length == 0 || trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Folded == before ? k : -1;
        }
        return -1;
    }

    // what a receiving verb needs before the support word, read bare or behind و/ف; null for any other word
    private static string? Needs(Token token)
    {
        foreach (var r in token.Readings)
            if (r.Proclitics is "" or "و" or "ف" && Verbs.TryGetValue(r.Stem, out var before)) return before;
        return null;
    }

    // the token after "من" that follows the support word, past one qualifier ("دعما عسكريا من"); -1 when none
    private static int FromAfter(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger)
    {
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken - 1, trigger.EndToken + 3); k++)
        {
            if (tokens[k].Folded == "من") return k + 1;
            if (!tokens[k].IsWord) return -1;
        }
        return -1;
    }

    // the first name right after "من", or one joined by و to the last taken
    private static bool Joined(IReadOnlyList<Token> tokens, List<EntityMention> taken, int from, EntityMention m)
    {
        if (taken.Count == 0) return m.FirstToken == from;
        return m.FirstToken == taken[^1].EndToken && tokens[m.FirstToken].Folded.StartsWith('و');
    }

    // a verb behind و or ف opens a clause of its own: the name before it is no subject of it
    private static bool OpensClause(Token verb) => !verb.Readings.Any(r => r.Proclitics.Length == 0 && Verbs.ContainsKey(r.Stem));
}
