using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The one an attack verb hits when its subject stands before it: "القصف استهدف القوات الشعبية", "الغارات التي تستهدف
/// وحدات حماية الشعب", "تقول إنها تستهدف …" — the name right after the verb is then its object, not a second attacker.
/// </summary>
public static class AttackObject
{
    private static readonly HashSet<string> SubjectMarkers = Lexicons.TsvTable.FoldedWords("event_subject_before_verb");

    /// <summary>Whether <paramref name="m"/> is the object of one of the sentence's attack verbs.</summary>
    public static bool OfAnyVerb(Analysis analysis, int sentence, EntityMention m, List<EntityMention> mentions, Func<string, bool> filler)
    {
        // (the name must follow the verb closely: most mentions are far from every trigger and answer at the first test)
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(sentence) ?? [])
            if (t.Entry.Type == "ASSAULT" && Is(analysis.Tokens, t, m, mentions, filler)) return true;
        return false;
    }

    /// <summary>Whether <paramref name="m"/> is the object of the attack verb <paramref name="trigger"/>, right after it (across heading words like "عناصر").</summary>
    public static bool Is(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions, Func<string, bool> filler)
    {
        if (trigger.HasArticle || trigger.TokenCount != 1 || trigger.Proclitics.Length > 0 || m.FirstToken < trigger.EndToken || m.FirstToken - trigger.EndToken > 2) return false;
        // the verb bare: with an object pronoun ("المناطق التي تستهدفها القوات") the name after it is its subject
        if (tokens[trigger.FirstToken].Folded != trigger.Entry.FoldedPhrase) return false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
            if (!filler(tokens[k].Folded)) return false;
        return SubjectBefore(tokens, trigger, mentions);
    }

    /// <summary>
    /// Whether <paramref name="m"/> is the object of the bare attack verb <paramref name="trigger"/> that its subject stands between:
    /// a named force ("قصفت قوات النظام فصائل المعارضة") or a definite noun with a nationality adjective ("استهدف الطيران
    /// الأمريكي قوات النظام"); the name right after the subject is what is hit, not a second attacker.
    /// </summary>
    public static bool AfterSubject(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (trigger.HasArticle || trigger.TokenCount != 1 || trigger.Proclitics.Replace("و", "").Replace("ف", "").Length > 0
            || m.FirstToken <= trigger.EndToken + 1) return false;
        // the verb bare: with an object pronoun ("المناطق التي تستهدفها القوات") the name after it is its subject
        if (tokens[trigger.FirstToken].Folded.TrimStart('و', 'ف') != trigger.Entry.FoldedPhrase) return false;
        // the object named as it is, neither joined to the subject ("وروسيا") nor behind a preposition
        var first = tokens[m.FirstToken];
        if (m.Span.Start != first.Start || first.Folded.StartsWith('و')) return false;
        int end = trigger.EndToken;
        // (a person after a title is the title's own name: "هجوم الرئيس الأمريكي دونالد ترامب", "اغتيال الرئيس السوري بشار الأسد")
        if (m.Type == EntityType.Per || TitledConjunct.IsTitleWord(tokens[end].Folded)) return false;
        if (ArgumentFinder.StartingAt(mentions, end) is { Actor: not null } subject) end = subject.EndToken;
        // "استهدفت طائرات التحالف العربي ميليشيات الحوثي": the force's aircraft
        else if (TargetNationalities.IsAircraftWord(tokens[end]) && ArgumentFinder.StartingAt(mentions, end + 1) is { Actor: not null } owner) end = owner.EndToken;
        else if (tokens[end].Folded.StartsWith("ال", StringComparison.Ordinal) && EntityLexicon.Default.AdjectiveCountryAt(tokens, end) is null)
        {
            // "الطيران الأمريكي", "المقاتلات الحربية الإسرائيلية": the subject's adjectives, with one filler between
            int k = end + 1;
            if (k < m.FirstToken && EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is null) k++;
            if (k >= m.FirstToken || EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is null) return false;
            end = k + 1;
        }
        else return false;
        return end == m.FirstToken;
    }

    // a relative pronoun or "إنها" right before the verb, or a name that ends right at it ("التحالف استهدف")
    private static bool SubjectBefore(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions)
    {
        int before = trigger.FirstToken - 1;
        if (before < 0) return false;
        // ("وإنها تستهدف": with و or ف before it)
        var word = tokens[before].Folded;
        if (SubjectMarkers.Contains(word) || word.Length > 3 && word[0] is 'و' or 'ف' && SubjectMarkers.Contains(word[1..])) return true;
        foreach (var x in mentions)
            if (x.EndToken == trigger.FirstToken && x.Actor is not null) return true;
        return false;
    }
}
