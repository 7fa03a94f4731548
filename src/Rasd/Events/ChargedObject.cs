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
        if (trigger.HasArticle || trigger.TokenCount != 1 || !Verbs.Contains(trigger.Entry.FoldedPhrase)) return false;
        // "يتّهمه الأميركيون بنقل أسلحة": the verb carries its object as a pronoun, so the name after it is the subject
        if (CarriesObject(tokens, trigger)) return false;
        var m = ArgumentFinder.StartingAt(mentions, name);
        // the name follows the verb at once (an adverb of time may not stand between: "اتهمت، الثلاثاء، موسكو" has its own subject),
        // or after the verb's subject told by a common noun and its adjective ("اتهمت اللجنة الدولية قوات النظام بـ…", "واتهم التقرير …")
        if (m is null || m.FirstToken != trigger.EndToken && !NounSubjectBetween(tokens, mentions, trigger.EndToken, m.FirstToken)) return false;
        for (int k = m.EndToken; k < tokens.Count && k < m.EndToken + 4; k++)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Folded is "." or "؟" or "!") return false; continue; }
            if (AlsoWords.Contains(t.Folded)) continue;
            // another name after the first one: "اتهمت روسيا إسرائيل بـ…" is subject and object
            if (ArgumentFinder.StartingAt(mentions, k) is not null) return false;
            return IsCharge(t);
        }
        return false;
    }

    /// <summary>
    /// Whether the accusation verb <paramref name="trigger"/> has its charge right after it and no object, neither named nor a
    /// pronoun on the verb: it is passive ("وكان النظام السوري قد اتُّهم بشن هجمات"), so the one named before it is the accused.
    /// </summary>
    public static bool ChargeRightAfter(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions) =>
        !trigger.HasArticle && trigger.TokenCount == 1 && Verbs.Contains(trigger.Entry.FoldedPhrase) && !CarriesObject(tokens, trigger)
        && trigger.EndToken < tokens.Count && tokens[trigger.EndToken].IsWord && !NoCharge.Contains(tokens[trigger.EndToken].Folded) && IsCharge(tokens[trigger.EndToken])
        // a name is no charge however it starts ("تتهم بانكوك", "يتهم بوتين")
        && !ArgumentFinder.Covers(mentions, trigger.EndToken);

    // one or two definite common words between the verb and the name: its subject ("اللجنة", "التقرير", "اللجنة الدولية")
    private static bool NounSubjectBetween(IReadOnlyList<Token> tokens, List<EntityMention> mentions, int from, int name)
    {
        if (name - from is < 1 or > 2) return false;
        for (int k = from; k < name; k++)
            if (!NounSubject(tokens, mentions, k)) return false;
        return true;
    }

    // a definite common noun that is no name, no charge and no adverb ("اللجنة", "التقرير", "المنظمة")
    private static bool NounSubject(IReadOnlyList<Token> tokens, List<EntityMention> mentions, int k) =>
        tokens[k].IsWord && !AlsoWords.Contains(tokens[k].Folded) && !IsCharge(tokens[k]) && tokens[k].Readings.Any(r => r.Proclitics == "ال" && r.Stem.Length > 2)
        && !ArgumentFinder.Covers(mentions, k);

    // a word with ب before a verbal noun ("بقصف", "بالوقوف"); the noun of "بشن" is two letters, where other two-letter stems
    // are prepositions ("بين", "بعد")
    private static bool IsCharge(Token t) =>
        t.Readings.Any(r => r.Proclitics is "ب" && (r.HasArticle || r.Stem.Length > 2 || r.Stem == "شن"));

    // words with ب that are not the charge: "المتحدثة باسم الوزارة", "بحسب بيان", "بدوره"
    private static readonly HashSet<string> NoCharge = new(StringComparer.Ordinal) { "باسم", "بحسب", "بدوره", "بدورها", "بدورهم" };

    // the verb written with an object pronoun ("يتهمه", "اتهمتها"): longer than its table form, which it starts with
    private static bool CarriesObject(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        var word = tokens[trigger.FirstToken].Folded;
        var phrase = trigger.Entry.FoldedPhrase;
        if (word.Length < trigger.Proclitics.Length) return false;
        var stem = word[trigger.Proclitics.Length..];
        return stem.Length > phrase.Length && stem.StartsWith(phrase, StringComparison.Ordinal) && stem[phrase.Length..] is "ه" or "ها" or "هم" or "هما" or "هن";
    }

    /// <summary>
    /// Whether the name at <paramref name="name"/> stands inside the charge of the accusation verb <paramref name="trigger"/>: after a
    /// word with ب that follows the verb ("ويُتّهم فلان بالعمل كوسيط بين النظام وتنظيم داعش"). Such a name belongs to the deed charged,
    /// so it never makes the accusation.
    /// </summary>
    public static bool InsideCharge(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions, int name)
    {
        if (trigger.HasArticle || trigger.TokenCount != 1 || name <= trigger.EndToken || !Verbs.Contains(trigger.Entry.FoldedPhrase)) return false;
        for (int k = trigger.EndToken; k < name; k++)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Folded is "." or "؟" or "!") return false; continue; }
            // a name's own letters are no preposition ("بشار الأسد", "بريطانيا"), nor is a spokesman's "باسم" or "بحسب"
            if (ArgumentFinder.Covers(mentions, k) || NoCharge.Contains(t.Folded)) continue;
            if (IsCharge(t)) return true;
        }
        return false;
    }
}
