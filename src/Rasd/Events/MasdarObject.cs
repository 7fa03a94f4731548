using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "قصف الطائرات الروسية للمسلحين", "قصفه للمسلحين", "استهداف النظام للمدنيين": after an attack noun whose doer stands right
/// behind it (a definite genitive or a pronoun), the name behind "ل" is whom the attack hits. Without such a doer "ل" is as
/// often the attacker's own ("ضربات للتحالف"), so nothing is read then.
/// </summary>
public static class MasdarObject
{
    // the genitive doer takes at most this many words ("قصف الطائرات الحربية الروسية")
    private const int Reach = 3;

    // words that end the genitive: a preposition opens an adjunct, not the object
    private static readonly HashSet<string> Prepositions = Lexicons.TsvTable.FoldedWords("event_masdar_genitive_breaks");

    /// <summary>Whether the mention, behind "ل", is the object of an attack noun whose doer stands between them.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (trigger.HasArticle || m.FirstToken < trigger.EndToken || !tokens[m.FirstToken].Readings.Any(r => r.Proclitics is "ل" or "لل")) return false;
        int gap = m.FirstToken - trigger.EndToken;
        if (gap == 0) return trigger.TokenCount == 1 && PronounSuffixed(tokens[trigger.FirstToken], trigger);
        if (gap > Reach) return false;
        // the doer: a definite noun ("الطائرات الروسية") or a name ("النظام", "الأسد")
        var first = tokens[trigger.EndToken];
        if (!first.Readings.Any(r => r.Proclitics == "ال") && !mentions.Exists(x => x.FirstToken == trigger.EndToken)) return false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
            if (!tokens[k].IsWord || Prepositions.Contains(tokens[k].Folded) || tokens[k].Folded.StartsWith('ل')) return false;
        return true;
    }

    // "قصفه", "استهدافها": the attack noun with its doer as a pronoun
    private static bool PronounSuffixed(Token token, TriggerMatch trigger)
    {
        if (token.Folded.Length <= trigger.Proclitics.Length) return false;
        var phrase = trigger.Entry.FoldedPhrase;
        return PronounSuffix.Strip(token.Folded[trigger.Proclitics.Length..], phrase.Length) == phrase;
    }
}
