using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// An attack told as repelled ("صدت قوات النظام هجوما شنه مسلحون", "الفصائل تصدت لهجوم", data/event_repel_verbs.tsv): whoever
/// repels or foils it is the one attacked, its target, not its attacker.
/// </summary>
internal static class RepelledAttack
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_repel_verbs");
    private static readonly Lexicons.TsvTable Words = Lexicons.TsvTable.LoadEmbedded("repelled_attack_words");
    private static readonly HashSet<string> Nouns = Words.FoldedWhere("kind", "noun", "word");
    private static readonly HashSet<string> AbleVerbs = Words.FoldedWhere("kind", "able", "word");

    // how far before "من صد" the verb of managing may stand, past its subject and those with it ("وتمكنت قوات النظام مع مسلحين
    // محليين من صد هجوم")
    private const int AbleReach = 8;

    // how many words may stand between the repeller and the attack ("صدت قوات النظام فجر اليوم هجوما")
    private const int Reach = 4;

    /// <summary>Whether <paramref name="m"/>, named before the trigger, is the subject of a verb of repelling that governs it.</summary>
    public static bool Repeller(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        if (m.EndToken > trigger.FirstToken) return false;
        if (ManagedBy(tokens, trigger, m)) return true;
        if (trigger.FirstToken - m.EndToken > Reach) return false;
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

    // "تمكنت قوات النظام مع مسلحين محليين من صد هجوم": the name between a verb of managing and "من"/"في" with a verbal noun of
    // repelling right before the attack word, or the subject right before that verb ("الجيش والمقاومة تمكنا من صد الهجوم")
    private static bool ManagedBy(IReadOnlyList<Token> tokens, TriggerMatch trigger, Entities.EntityMention m)
    {
        int prep = trigger.FirstToken - 2;
        if (prep < 1 || !IsVerb(tokens[prep + 1], Nouns) || tokens[prep].Folded is not ("من" or "في")) return false;
        for (int k = prep - 1; k >= 0 && prep - k <= AbleReach; k--)
        {
            var t = tokens[k];
            if (!t.IsWord) return false;
            if (!IsVerb(t, AbleVerbs, finite: true)) continue;
            // after the verb, its subject; before it, a subject a word or two ahead of it
            return m.FirstToken > k && m.EndToken <= prep || m.EndToken <= k && k - m.EndToken <= 2 && AllWords(tokens, m.EndToken, k);
        }
        return false;
    }

    private static bool AllWords(IReadOnlyList<Token> tokens, int from, int end)
    {
        for (int i = from; i < end; i++)
            if (!tokens[i].IsWord) return false;
        return true;
    }

    private static bool IsVerb(Token t, bool finite = false) => IsVerb(t, Verbs, finite);

    // a word whose stem is listed (finite: bare or after و/ف only)
    private static bool IsVerb(Token t, HashSet<string> stems, bool finite = false)
    {
        if (!t.IsWord) return false;
        foreach (var r in t.Readings)
            if (stems.Contains(r.Stem) && (!finite || r.Proclitics is "" or "و" or "ف")) return true;
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
