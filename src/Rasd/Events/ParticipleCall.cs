using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "قال الأمين العام إن الوضع جهنم، داعيا إلى وقف فوري للقتال": a call told by a circumstantial participle (داعيا، مطالبا)
/// is made by the sentence's subject; a name after the participle is whom it calls on, not who calls. So is a rebuttal told
/// by one ("ردت قطر على بيان السعودية، واصفة ما جاء فيه بالافتراءات": Qatar accuses, Saudi Arabia is accused).
/// </summary>
internal static class ParticipleCall
{
    private static readonly HashSet<string> Participles = [.. new[] { "داعيا", "داعين", "مطالبا", "مطالبين", "واصفا", "واصفة", "واصفين" }.Select(w => Text.ArabicFolding.FoldString(w))];

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Type is not ("REQUEST" or "ACCUSE") || trigger.TokenCount != 1 || !IsParticiple(analysis.Tokens[trigger.FirstToken])) return;
        // "وقال "…"، داعيا واشنطن إلى …": a sentence that names no one before the participle goes on with the subject of the one before
        var code = SentenceSubject.Of(analysis, trigger.SentenceIndex, trigger.FirstToken);
        if (code is null && trigger.SentenceIndex > 0 && !PartyBefore(analysis, trigger))
        {
            var before = analysis.Sentences[trigger.SentenceIndex - 1];
            code = SentenceSubject.Of(analysis, before.Index, before.EndToken);
        }
        if (code is null)
        {
            // no subject known: whoever the participle's clause names is called on, not calling
            foreach (var a in ev.Actors)
                if (ActorCode.Sector(a) != "CVL" && !ev.Targets.Contains(a)) ev.Targets.Add(a);
            ev.Actors.Clear();
            return;
        }
        foreach (var a in ev.Actors)
            if (a != code && ActorCode.Sector(a) != "CVL" && !ev.Targets.Contains(a)) ev.Targets.Add(a);
        ev.Actors.Clear();
        ev.Actors.Add(code);
        ev.Targets.Remove(code);
    }

    private static bool PartyBefore(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[trigger.SentenceIndex]))
            if (m.FirstToken < trigger.FirstToken && m.Actor is { } a && (ActorCode.IsParty(a) || m.Type == Entities.EntityType.Per)) return true;
        return false;
    }

    /// <summary>Whether the token is a participle of calling, alone or after و.</summary>
    public static bool IsParticiple(Text.Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" && Participles.Contains(r.Stem)) return true;
        return false;
    }
}
