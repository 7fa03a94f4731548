using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "وهاجم ترامب الديمقراطيين", "كما هاجم لافروف السلطات البريطانية": "هاجم" whose subject, right after it, is a named
/// public figure (a person whose side is known) attacks in words — criticism, an accusation (ACCUSE) — unless what it
/// attacks is a place or a military target ("إذا هاجم الأسد الجنوب", "هاجم الرئيس درعا"). Leaders do not attack in person:
/// a named figure's armed attack is told of a place. So does one who "clashes" ("اشتبك ترامب مع المستشارة الألمانية": a quarrel).
/// </summary>
internal static class VerbalAttack
{
    // the finite forms of the verb, bare or after و/ف (a suffixed object, "هاجمه", is left as it is), and of clashing
    private static readonly HashSet<string> Verbs = [.. new[] { "هاجم", "هاجمت", "هاجموا", "هاجما" }.Select(w => ArabicFolding.FoldString(w)),
        .. ClashSides.ClashVerbs];

    // what an armed attack is told of: places and military targets (data/armed_attack_objects.tsv, compared without ال)
    private static readonly HashSet<string> Targets = Lexicons.TsvTable.FoldedWords("armed_attack_objects");

    /// <summary>Whether the trigger is "هاجم" told of a named public figure attacking no place: a verbal attack.</summary>
    public static bool Is(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "ASSAULT" || trigger.TokenCount != 1 || !IsVerb(analysis.Tokens[trigger.FirstToken])) return false;
        var mentions = SentenceIndex.For(analysis).Mentions(trigger.SentenceIndex);
        EntityMention? subject = null;
        foreach (var m in mentions)
            if (m.FirstToken == trigger.EndToken) { subject = m; break; }
        if (subject is not { Type: EntityType.Per, Actor: { } code } || ActorCode.Sector(code) == "CVL") return false;
        return !PlaceAttacked(analysis, mentions, subject.EndToken, analysis.Sentences[trigger.SentenceIndex].EndToken);
    }

    private static bool IsVerb(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" or "ف" && Verbs.Contains(r.Stem)) return true;
        return Verbs.Contains(t.Folded);
    }

    // the first word after the subject (past commas, times and the subject's titles) names a place or a military target
    private static bool PlaceAttacked(Analysis analysis, IReadOnlyList<EntityMention> mentions, int from, int end)
    {
        var timexes = analysis.Get<Time.TimexLayer>()?.Timexes ?? [];
        for (int k = from; k < end; k++)
        {
            var t = analysis.Tokens[k];
            if (!t.IsWord || ArgumentFinder.InTimex(timexes, k)) continue;
            foreach (var m in mentions)
                if (m.FirstToken == k) return m.Type == EntityType.Loc;
            var word = t.Folded.StartsWith("ال", StringComparison.Ordinal) ? t.Folded[2..] : t.Folded;
            return Targets.Contains(word);
        }
        return false;
    }
}
