using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "أعلنت روسيا أن طائراتها قصفت …", "قالت أنقرة إن قواتها شنت غارات …": forces named with a pronoun as the subject of a deed the
/// speaker tells are the speaker's own, so the one who says is the one who acts, in its armed forces (data/event_own_forces_nouns.tsv).
/// </summary>
internal static class OwnForces
{
    private static readonly HashSet<string> Nouns = Lexicons.TsvTable.FoldedWords("event_own_forces_nouns");

    // the deeds forces carry out
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "ASSAULT", "MOBILIZE", "RETREAT", "COERCE" };

    // the forces noun is looked for this many words before the trigger ("أن طائراتها الحربية شنت")
    private const int Reach = 3;

    /// <summary>Gives an event with no actor the speaker's forces, when its subject is "قواتها/طائراته …" after "أن/إن".</summary>
    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Actors.Count > 0 || !Types.Contains(ev.Type)) return;
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        int forces = -1;
        for (int k = trigger.FirstToken - 1; k >= Math.Max(sentence.FirstToken, trigger.FirstToken - Reach) && forces < 0; k--)
        {
            if (!tokens[k].IsWord) return;
            if (OwnNoun(tokens[k])) forces = k;
        }
        // (or right after a verb trigger: "أن قصفت طائراتها …")
        if (forces < 0 && trigger.EndToken < sentence.EndToken && !trigger.HasArticle && OwnNoun(tokens[trigger.EndToken])) forces = trigger.EndToken;
        if (forces < 0) return;
        int told = forces - 1;
        if (forces == trigger.EndToken) told = trigger.FirstToken - 1;
        if (told < sentence.FirstToken || !TimeAttacher.IsComplementizer(tokens[told])) return;
        if (Speaker(analysis, sentence, told) is { } code) ev.Actors.Add(ActorCode.With(code, "MIL"));
    }

    // "طائراتها", "قواته", "وطائراتها": a forces noun with a pronoun of the third person
    private static bool OwnNoun(Token token)
    {
        foreach (var r in token.Readings)
        {
            if (r.HasArticle || r.Proclitics is not ("" or "و")) continue;
            if (PronounSuffix.Strip(r.Stem, 3) is { } bare && Nouns.Contains(bare)) return true;
        }
        return false;
    }

    // the party named next to a verb of saying before the complementizer, or behind a title there ("قال الجيش الإسرائيلي إن وحداته")
    private static string? Speaker(Analysis analysis, Sentence sentence, int complementizer)
    {
        EntityMention? speaker = null;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, sentence))
            if (m.EndToken <= complementizer && m.EndToken >= complementizer - 4
                && (AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m) || AttributionFinder.Default.SpeaksThroughTitle(analysis, sentence, m))) speaker = m;
        if (speaker is null) return null;
        var code = StatementRoles.PartyCode(speaker);
        // a country named as itself ("أعلنت روسيا"): its state
        if (code is null && speaker.Type == EntityType.Loc && speaker.GeoPrecision == 3 && speaker.Id is { Length: 3 } iso) code = iso + "GOV";
        return code is not null && ActorCode.Sector(code) is "GOV" or "MIL" or "REB" ? code : null;
    }
}
