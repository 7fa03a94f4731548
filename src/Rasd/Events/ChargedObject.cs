using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>"واتُّهمت روسيا بقصف …": the only name after an accusation verb, right before the charge with ب, is the accused (data/event_charge_verbs.tsv).</summary>
internal static class ChargedObject
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_charge_verbs");

    private static readonly HashSet<string> AlsoWords = Lexicons.TsvTable.FoldedWords("event_also_words");

    /// <summary>Whether the name at <paramref name="name"/>, after the accusation verb <paramref name="trigger"/>, is followed (past quotes, commas and "كذلك") by a word with ب.</summary>
    public static bool Accused(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions, int name)
    {
        if (trigger.HasArticle || trigger.TokenCount != 1 || !Verbs.Contains(ArabicFolding.FoldString(trigger.Entry.Phrase))) return false;
        var m = mentions.FirstOrDefault(x => x.FirstToken == name);
        // the name follows the verb at once (an adverb of time may not stand between: "اتهمت، الثلاثاء، موسكو" has its own subject)
        if (m is null || m.FirstToken != trigger.EndToken) return false;
        for (int k = m.EndToken; k < tokens.Count && k < m.EndToken + 4; k++)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Folded is "." or "؟" or "!") return false; continue; }
            if (AlsoWords.Contains(t.Folded)) continue;
            // another name after the first one: "اتهمت روسيا إسرائيل بـ…" is subject and object
            if (mentions.Any(x => x.FirstToken == k)) return false;
            return t.Readings.Any(r => r.Proclitics is "ب" && r.Stem.Length > 2 && !r.HasArticle || r.Proclitics is "ب" && r.HasArticle);
        }
        return false;
    }
}
