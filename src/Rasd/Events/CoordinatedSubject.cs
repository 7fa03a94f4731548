using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "تطالب تركيا واشنطن بإخراج المقاتلين من المدينة وتهدد بعملية عسكرية": a verb of saying joined by "و" later in the sentence,
/// with no subject of its own, goes on with the subject the sentence opened with, not with the last party named before it.
/// </summary>
internal static class CoordinatedSubject
{
    // the verbs news joins to a first one with the same subject left out
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COERCE" };

    // how far into the sentence its subject may start ("تطالب تركيا …", "وقال وزير الخارجية …")
    private const int SubjectReach = 4;

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (!Types.Contains(ev.Type) || trigger.HasArticle || trigger.Proclitics != "و" || trigger.TokenCount != 1) return;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var tokens = analysis.Tokens;
        // "بعد انتقاده إسرائيل وتنديده بالمواجهات": a word longer than the form listed carries a pronoun, as a verbal noun does
        // whose owner is named by it, not by the sentence's subject
        if (tokens[trigger.FirstToken].Folded.Length - trigger.Proclitics.Length > trigger.Entry.FoldedPhrase.Length) return;
        if (trigger.FirstToken <= sentence.FirstToken + 2 || trigger.EndToken >= sentence.EndToken
            || !(SubjectLeftOut(tokens[trigger.EndToken]) || ev.Type == "COERCE" && ObjectWithPronoun(tokens[trigger.EndToken]))) return;
        // a name right after the verb is its subject or its object: the verb may have a subject of its own
        foreach (var m in ArgumentFinder.MentionsIn(analysis, sentence))
            if (m.FirstToken == trigger.EndToken) return;
        // "قال المرصد إن قوات النظام قصفت البلدة وتهدد باقتحامها": past a clause opener the verb goes on with that clause's subject
        // ("حيث تطالب تركيا الولايات المتحدة بإخراج … وتهدد بعملية عسكرية": the party named right after the opener and its verb)
        int opener = -1;
        for (int k = sentence.FirstToken; k < trigger.FirstToken; k++)
            if (tokens[k].Folded is "ان" or "بان" or "انه" or "انها" or "الذي" or "التي" or "حيث") opener = k;
        string? code;
        if (opener < 0) code = SentenceSubject.Of(analysis, trigger.SentenceIndex, trigger.FirstToken, SubjectReach);
        else if (tokens[opener].Folded is "الذي" or "التي" || (code = ClauseSubject(analysis, sentence, opener, trigger)) is null) return;
        if (code is null || ev.Actors.Contains(code)) return;
        ev.Actors.Clear();
        ev.Actors.Add(code);
        ev.Targets.Remove(code);
    }

    // how far past the opener the clause's subject may start ("حيث تطالب تركيا": the opener, its verb, the subject)
    private const int ClauseSubjectReach = 2;

    // the party named within reach after the opener, before the trigger
    private static string? ClauseSubject(Analysis analysis, Text.Sentence sentence, int opener, TriggerMatch trigger)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, sentence))
        {
            if (m.FirstToken <= opener) continue;
            if (m.FirstToken > opener + 1 + ClauseSubjectReach || m.EndToken > trigger.FirstToken) return null;
            if (m.Actor is { } code && ActorCode.IsParty(code)) return code;
        }
        return null;
    }

    // the pronoun endings of a noun's owner, folded (ة is folded to ه, so "ته" stands for the feminine noun with "his": "زوجته")
    private static readonly string[] PronounEndings = ["ها", "هم", "هما", "هن", "ته"];

    /// <summary>"وحظرت نشاطها", "واعتقلت زوجته": an arrest or ban whose first word is a noun with a pronoun of its owner has that
    /// noun for object; the doer is left out, as the clause before named it.</summary>
    private static bool ObjectWithPronoun(Text.Token next) =>
        next.IsWord && next.Folded.Length >= 5 && !next.Readings.Any(r => r.HasArticle)
        && PronounEndings.Any(e => next.Folded.EndsWith(e, StringComparison.Ordinal));

    // what follows the verb straight away when its subject is left out: a preposition ("وتهدد بعملية", "ودعت إلى", "وحذرت من")
    private static bool SubjectLeftOut(Text.Token next)
    {
        if (next.Folded is "الي" or "علي" or "من" or "عن") return true;
        foreach (var r in next.Readings)
            if (r.Proclitics is "ب" or "بال" && r.Stem.Length >= 3) return true;
        return false;
    }
}
