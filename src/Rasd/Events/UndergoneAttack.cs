using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// An attack told as undergone ("تتعرض المنطقة لهجوم من قوات النظام", data/event_undergo_verbs.tsv): whoever is named before the
/// verb of undergoing suffers the attack or speaks of it, and is not its attacker.
/// </summary>
internal static class UndergoneAttack
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_undergo_verbs");

    // how many words may stand between the verb and the attack it governs ("تتعرض البلدة منذ أيام لقصف")
    private const int Reach = 4;

    /// <summary>Whether <paramref name="token"/> is a verb of undergoing ("تعرض", "يتعرض").</summary>
    public static bool IsVerb(Token token)
    {
        foreach (var r in token.Readings)
            if (Verbs.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="m"/> ends before a verb of undergoing that governs the trigger.</summary>
    public static bool NamedBefore(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        if (m.EndToken > trigger.FirstToken) return false;
        for (int i = trigger.FirstToken - 1; i >= m.EndToken && i >= trigger.FirstToken - Reach; i--)
        {
            var t = tokens[i];
            if (!t.IsWord) return false;
            foreach (var r in t.Readings)
                if (Verbs.Contains(r.Stem)) return true;
        }
        return false;
    }

    // how many words may stand between the subject and what it undergoes ("تتعرض الحكومة منذ أيام لانتقادات")
    private const int SubjectGap = 3;

    /// <summary>Whether <paramref name="m"/> stands right before a verb of undergoing that governs the trigger ("الحكومة تتعرض لانتقادات"): its subject.</summary>
    public static bool SubjectRightBefore(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        if (m.EndToken >= trigger.FirstToken || trigger.FirstToken - m.EndToken > Reach) return false;
        for (int i = m.EndToken + 1; i < trigger.FirstToken; i++)
            if (!tokens[i].IsWord) return false;
        foreach (var r in tokens[m.EndToken].Readings)
            if (Verbs.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="m"/> stands right after a verb of undergoing and before the trigger it governs with ل
    /// ("تتعرض الحكومة التركية لانتقادات"): the verb's subject, the one the deed falls on.
    /// </summary>
    public static bool SubjectBetween(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        if (m.FirstToken == 0 || m.EndToken > trigger.FirstToken || trigger.FirstToken - m.EndToken > SubjectGap || !trigger.HasPreposition) return false;
        for (int i = m.EndToken; i < trigger.FirstToken; i++)
            if (!tokens[i].IsWord) return false;
        foreach (var r in tokens[m.FirstToken - 1].Readings)
            if (Verbs.Contains(r.Stem)) return true;
        return false;
    }
}
