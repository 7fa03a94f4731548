using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "قال الأمين العام إن الوضع جهنم، داعيا إلى وقف فوري للقتال", "…، متهما إسرائيل بقصف المنطقة": a call or an accusation told by a
/// circumstantial participle (داعيا، مطالبا، متهما) is made by the sentence's subject; a name after the participle is whom it calls on
/// or accuses, not who calls. So is a rebuttal told by one ("ردت قطر على بيان السعودية، واصفة ما جاء فيه بالافتراءات": Qatar accuses,
/// Saudi Arabia is accused).
/// </summary>
internal static class ParticipleCall
{
    private static readonly HashSet<string> Participles = [.. new[] { "داعيا", "داعين", "مطالبا", "مطالبين", "واصفا", "واصفة", "واصفين" }.Select(w => Text.ArabicFolding.FoldString(w))];

    // (the accusing participle's other reading, "accused", takes بـ at once: "متهم بمساعدة الجماعة"; data/event_trigger_blockers.tsv)
    private static readonly HashSet<string> AccusingParticiples = [.. new[] { "متهما", "متهمة", "متهمين" }.Select(w => Text.ArabicFolding.FoldString(w))];

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (trigger.TokenCount != 1) return;
        var token = analysis.Tokens[trigger.FirstToken];
        if (!(ev.Type is "REQUEST" or "ACCUSE" && IsParticiple(token) || ev.Type == "ACCUSE" && IsIn(token, AccusingParticiples))) return;
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

    /// <summary>
    /// Whether an accusing participle is no accusation: one stands after a comma ("…، متهما إسرائيل بقصف المنطقة") or before
    /// "إياه" ("هاجم المعارضة متهما إياها بالخيانة"), with the charge behind بـ a few words on; "خمسة متهمين في القضية" are defendants.
    /// </summary>
    public static bool NotAnAccusation(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "ACCUSE" || trigger.TokenCount != 1) return false;
        var tokens = analysis.Tokens;
        int at = trigger.FirstToken;
        if (!IsIn(tokens[at], AccusingParticiples)) return false;
        bool afterComma = at > 0 && tokens[at - 1].Kind == Text.TokenKind.Punctuation;
        bool beforePronoun = at + 1 < tokens.Count && tokens[at + 1].Folded.StartsWith("ايا", StringComparison.Ordinal);
        if (!afterComma && !beforePronoun) return true;
        for (int k = at + 2; k < tokens.Count && k <= at + ChargeReach; k++)
        {
            if (tokens[k].Kind == Text.TokenKind.Punctuation && !tokens[k].IsQuoteMark) return true;
            if (tokens[k].Folded.Length > 3 && tokens[k].Folded[0] == 'ب') return false;
        }
        return true;
    }

    // how far after the participle the charge ("بقصف", "بدعم") may stand: past the accused's name and its description
    private const int ChargeReach = 7;

    private static bool PartyBefore(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var m in ArgumentFinder.MentionsIn(analysis, analysis.Sentences[trigger.SentenceIndex]))
            if (m.FirstToken < trigger.FirstToken && m.Actor is { } a && (ActorCode.IsParty(a) || m.Type == Entities.EntityType.Per)) return true;
        return false;
    }

    /// <summary>Whether the token is a participle of calling, alone or after و.</summary>
    public static bool IsParticiple(Text.Token t) => IsIn(t, Participles);

    private static bool IsIn(Text.Token t, HashSet<string> participles)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "و" && participles.Contains(r.Stem)) return true;
        return false;
    }
}
