using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Roles of a predicate that lays an attack at a party's door ("إن الحكومة السورية مسؤولة عن الهجوم", "إن النظام يقف وراء
/// الهجوم") or promises a party retaliation ("إن إيران ستتلقى ردا قاسيا"): the party named right before it is blamed or
/// threatened, and the one who says so is the speaker of the sentence's verb of saying.
/// </summary>
internal static class BlamePredicate
{
    // "إن موسكو هي المسؤولة", "إن الحكومة السورية على الأرجح تقف": a few words may stand between the blamed and the predicate
    private const int Gap = 3;

    /// <summary>
    /// The party a blaming predicate right before the deed lays it on ("إن الحكومة السورية مسؤولة عن هجوم وقع في …"): the one who
    /// did it. Null unless the deed stands right after "عن" and that after the predicate.
    /// </summary>
    public static EntityMention? DoerOf(Analysis analysis, TriggerMatch deed, List<EntityMention> mentions)
    {
        var tokens = analysis.Tokens;
        if (deed.FirstToken < 2 || deed.Proclitics.Length != 0 || tokens[deed.FirstToken - 1].Folded != "عن") return null;
        TriggerMatch? predicate = null;
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(deed.SentenceIndex) ?? [])
            if (t.Entry.BlamesSubject && t.EndToken == deed.FirstToken - 1) predicate = t;
        if (predicate is null) return null;
        EntityMention? blamed = null;
        foreach (var m in mentions)
            if (m.EndToken <= predicate.FirstToken && predicate.FirstToken - m.EndToken <= Gap && StatementRoles.PartyCode(m) is { } code
                && ActorCode.Sector(code) != "CVL") blamed = m;
        return blamed;
    }

    public static void Assign(Analysis analysis, Sentence sentence, Event ev, TriggerMatch trigger, List<EntityMention> mentions)
    {
        EntityMention? blamed = null;
        foreach (var m in mentions)
            // civilians are never the ones blamed ("الدول التي تتاجر بدماء المدنيين وتدعم الإرهاب": they belong to the verb before)
            if (m.EndToken <= trigger.FirstToken && trigger.FirstToken - m.EndToken <= Gap && StatementRoles.PartyCode(m) is { } code
                && ActorCode.Sector(code) != "CVL") blamed = m;
        // "قال إن حكومة إيران لا تخدم شعبها وتدعم الإرهاب وتعمل ضد السعودية", "الدول التي تدعم الإرهاب": with nobody named right
        // before it, who is blamed is not told here, and the names further off are not its parties
        // (a retaliation promised to no one named, "أن من يهاجمون الجنود سيتلقون الرد", keeps the one who promises it)
        if (blamed is null && ev.Type == "THREATEN") return;
        ev.Actors.Clear();
        if (blamed is null)
        {
            ev.Targets.Clear();
            return;
        }
        foreach (var code in ActorCode.Members(StatementRoles.PartyCode(blamed)!)) ArgumentFinder.Add(ev.Targets, code);
        if (AttributionFinder.Default.SpeakerBefore(analysis, sentence, blamed.FirstToken, mentions) is { } speaker)
            foreach (var code in ActorCode.Members(StatementRoles.PartyCode(speaker)!))
                if (!ev.Targets.Contains(code)) ArgumentFinder.Add(ev.Actors, code);
    }
}
