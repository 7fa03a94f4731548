using Rasd.Text;

namespace Rasd.Events;

/// <summary>"وأدى الهجوم إلى شن الولايات المتحدة ضربات": a deed launched as the consequence of an event noun is another happening (data/event_caused_act_verbs.tsv).</summary>
internal static class CausedAct
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_caused_act_verbs");

    /// <summary>
    /// Whether <paramref name="later"/> is launched ("إلى شن …", "إلى تنفيذ …") by what <paramref name="cause"/> — the subject of a verb
    /// of consequence right before it — brought on. "أدى القصف إلى مقتل 5" has no launching noun: the deaths are the shelling's own.
    /// </summary>
    internal static bool Follows(IReadOnlyList<Token> tokens, TriggerMatch cause, TriggerMatch later)
    {
        if (cause.FirstToken < 1 || !IsVerb(tokens[cause.FirstToken - 1])) return false;
        // "إلى" within a word or two after the cause ("الهجوم الكيميائي إلى"), a launching noun right after it, the later trigger past both
        for (int k = cause.EndToken; k < Math.Min(cause.EndToken + 3, later.FirstToken - 1); k++)
            if (tokens[k].Folded is "الي" && SupportNouns.Carries(tokens[k + 1])) return true;
        return false;
    }

    // the verb bare or with و/ف before it ("وأدى")
    private static bool IsVerb(Token token)
    {
        var w = token.Folded;
        return Verbs.Contains(w) || w.Length > 2 && w[0] is 'و' or 'ف' && Verbs.Contains(w[1..]);
    }
}
