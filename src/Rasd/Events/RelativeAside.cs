using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A relative clause set off by commas right after a verb's subject ("اتهم لافروف، الذي كان يتحدث في أستانا عاصمة كازاخستان،
/// بريطانيا"): the names inside it describe the subject; they are not the verb's parties (they may still be where it happened).
/// </summary>
internal static class RelativeAside
{
    private static readonly HashSet<string> Pronouns = TsvTable.FoldedWords("relative_pronouns");

    // the subject between the verb and the aside: a name of a few words
    private const int MaxSubject = 4;

    /// <summary>Whether <paramref name="m"/> lies inside such an aside after <paramref name="trigger"/>.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        if (m.FirstToken < trigger.EndToken) return false;
        int open = -1;
        for (int k = trigger.EndToken; k < m.FirstToken && k <= trigger.EndToken + MaxSubject; k++)
            if (tokens[k].IsComma && k + 1 < sentence.EndToken && Pronouns.Contains(tokens[k + 1].Folded))
            {
                open = k;
                break;
            }
        if (open < 0) return false;
        // the aside ends at the next comma; one that runs to the end of the sentence is its last part, not an aside
        for (int k = open + 2; k < sentence.EndToken; k++)
            if (tokens[k].IsComma) return k >= m.EndToken;
        return false;
    }

    /// <summary>Whether <paramref name="trigger"/> lies inside such an aside and <paramref name="m"/> after its closing comma, back in the main clause.</summary>
    public static bool Beyond(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        if (m.FirstToken < trigger.EndToken) return false;
        // the aside's opening: a comma and a relative pronoun before the trigger, with no comma between them and it
        int k = trigger.FirstToken - 1;
        while (k > sentence.FirstToken && !tokens[k].IsComma) k--;
        if (k <= sentence.FirstToken || !Pronouns.Contains(tokens[k + 1].Folded)) return false;
        // the subject it describes stands right after a verb: the aside is set inside a clause, not at its end
        if (k - sentence.FirstToken > MaxSubject + 1) return false;
        for (int c = trigger.EndToken; c < m.FirstToken; c++)
            if (tokens[c].IsComma) return true;
        return false;
    }
}
