using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "الضربة الثلاثية التي وجهت للنظام السوري", "ضربات وجهتها لمواقع التنظيم": the name with "ل" right after a form of "وجّه"
/// (data/event_directing_verbs.tsv) is what the blow was aimed at, the attack's target.
/// </summary>
public static class DirectedAt
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_directing_verbs");

    // at most this many words between the attack noun and the verb ("الضربة العسكرية الثلاثية التي وجهت")
    private const int Reach = 4;

    /// <summary>
    /// Whether the mention starts with "ل" right after a directing verb that follows the attack's trigger within a few words, with no
    /// punctuation between ("الاتهامات الموجهة للنظام" after a chemical attack told earlier aims the accusations, not the attack).
    /// </summary>
    public static bool Holds(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        if (DirectingNounBefore(tokens, trigger, m)) return true;
        int verb = m.FirstToken - 1;
        if (verb < trigger.EndToken || verb - trigger.EndToken > Reach || !tokens[m.FirstToken].Readings.Any(r => r.Proclitics is "ل" or "لل")) return false;
        for (int k = trigger.EndToken; k < verb; k++)
            if (!tokens[k].IsWord) return false;
        return Verbs.Contains(tokens[verb].Folded) || tokens[verb].Readings.Any(r => r.Proclitics == "و" && Verbs.Contains(r.Stem));
    }

    // "هددت واشنطن بتوجيه ضربة عسكرية للنظام": the blow's noun right after "توجيه", then at most two words of its own (adjectives)
    // before the name with ل (without the directing noun, "ضربات للتحالف" are the coalition's own)
    private static bool DirectingNounBefore(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        int noun = trigger.FirstToken - 1;
        if (noun < 0 || m.FirstToken < trigger.EndToken || m.FirstToken - trigger.EndToken > 2
            || !tokens[m.FirstToken].Readings.Any(r => r.Proclitics is "ل" or "لل")) return false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
            if (!tokens[k].IsWord) return false;
        return tokens[noun].Readings.Any(r => r.Proclitics is "" or "و" or "ب" or "وب" && r.Stem is "توجيه");
    }
}
