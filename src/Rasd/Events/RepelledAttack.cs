using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// An attack told as repelled ("صدت قوات النظام هجوما شنه مسلحون", "الفصائل تصدت لهجوم", data/event_repel_verbs.tsv): whoever
/// repels or foils it is the one attacked, its target, not its attacker.
/// </summary>
internal static class RepelledAttack
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_repel_verbs");

    // how many words may stand between the repeller and the attack ("صدت قوات النظام فجر اليوم هجوما")
    private const int Reach = 4;

    /// <summary>Whether <paramref name="m"/>, named before the trigger, is the subject of a verb of repelling that governs it.</summary>
    public static bool Repeller(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        if (m.EndToken > trigger.FirstToken || trigger.FirstToken - m.EndToken > Reach) return false;
        // a clause or a list may not stand between them: "صدت القوات الهجوم، وقصفت …" keeps the later attack apart
        for (int i = m.EndToken; i < trigger.FirstToken; i++)
        {
            if (!tokens[i].IsWord) return false;
            // "الفصائل تصدت لهجوم": the verb after the subject
            if (IsVerb(tokens[i])) return true;
        }
        // "صدت قوات النظام هجوما": the finite verb right before its subject (after a verbal noun, "التصدي للطائرات التي تقصف",
        // the name is what is repelled)
        return m.FirstToken > 0 && IsVerb(tokens[m.FirstToken - 1], finite: true) && !Governed(tokens[m.FirstToken]);
    }

    private static bool IsVerb(Token t, bool finite = false)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if (Verbs.Contains(r.Stem) && (!finite || r.Proclitics is "" or "و" or "ف")) return true;
        return false;
    }

    // "للطائرات", "بالهجوم": a name after a preposition is an object
    private static bool Governed(Token t)
    {
        foreach (var r in t.Readings)
        {
            var p = r.Proclitics.TrimStart('و', 'ف');
            if (p.Length == 0 || p[0] is not ('ل' or 'ب')) return false;
        }
        return true;
    }
}
