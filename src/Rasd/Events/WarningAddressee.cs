using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A warning verb (data/event_warning_verbs.tsv) is a threat only when it is addressed to a named party:
/// "حذر لافروف واشنطن من استهداف …" (speaker then addressee), "روسيا تحذر واشنطن من …" (addressee after a fronted speaker).
/// "حذرت الأمم المتحدة من تداعيات التصعيد" names only who warns, and warns of a danger, not a party.
/// </summary>
internal static class WarningAddressee
{
    private static readonly HashSet<string> Verbs = Lexicons.TsvTable.FoldedWords("event_warning_verbs");

    // "محذرا إسرائيل من …": participles whose speaker is the main verb's subject
    private static readonly HashSet<string> Participles = ParticipleRows();

    private static HashSet<string> ParticipleRows()
    {
        var table = Lexicons.TsvTable.LoadEmbedded("event_warning_verbs");
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if (table.Cell(row, "form") == "participle") set.Add(ArabicFolding.FoldString(row[0]));
        return set;
    }

    // what is warned of or against begins here: "من …", "أن/بأن …"
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "من", "ان", "بان", "انه", "بانه", "انها", "بانها", "انهم", "بانهم" };

    /// <summary>Whether the trigger is a warning verb whose clause names no party it is addressed to.</summary>
    public static bool Unaddressed(Analysis analysis, TriggerMatch trigger) =>
        IsWarning(analysis, trigger) && Addressee(analysis, trigger) is null;

    /// <summary>Whether the trigger is one of the warning verbs.</summary>
    public static bool IsWarning(Analysis analysis, TriggerMatch trigger) => trigger.TokenCount == 1 && IsWarningVerb(analysis.Tokens[trigger.FirstToken]);

    /// <summary>The party a warning verb addresses and its code, or null.</summary>
    public static (string Code, EntityMention Mention)? Addressee(Analysis analysis, TriggerMatch trigger)
    {
        var mentions = SentenceIndex.For(analysis).Mentions(trigger.SentenceIndex);
        // "نتانياهو يحذر إيران ملوحا بقطعة معدنية": with its speaker fronted, a warning needs no "من" to name whom it warns
        if (Opener(analysis, trigger) is not int stop)
        {
            if (!PartyEndsAt(mentions, trigger.FirstToken)) return null;
            stop = analysis.Sentences[trigger.SentenceIndex].EndToken;
        }
        var parties = new List<(string Code, EntityMention Mention)>();
        foreach (var m in mentions)
            if (m.FirstToken >= trigger.EndToken && m.EndToken <= stop && StatementRoles.PartyCode(m) is { } code) parties.Add((code, m));
        // "روسيا تحذر واشنطن": a speaker named right before the verb leaves the one name after it for the addressee, and so does
        // a participle, whose speaker is its main verb's ("قال نصر الله …، محذرا إسرائيل من …")
        if (PartyEndsAt(mentions, trigger.FirstToken) || IsParticiple(analysis.Tokens[trigger.FirstToken]))
            return parties.Count > 0 && Adjacent(analysis, mentions, trigger.EndToken, parties[0].Mention) ? parties[0] : null;
        // after the verb: the speaker first, then a different party right after the speaker's names
        if (parties.Count < 2) return null;
        var (speaker, first) = parties[0];
        // "حذرت وزارة الدفاع الأميركية \"البنتاغون\"": a state's ministry and army are one speaker
        var next = OtherParty(parties, speaker);
        if (next.Code is null || !Adjacent(analysis, mentions, first.EndToken, next.Mention)) return null;
        return next;
    }

    // Between the speaker and the addressee only more names, commas and times may stand ("حذر نتانياهو، الأحد، طهران");
    // a word between makes the name part of the speaker's description ("مندوب روسيا في الأمم المتحدة", "طهران حليفة دمشق"),
    // and "و" makes it a second speaker ("حذر ماكرون والمستشارة الألمانية ميركل").
    private static bool Adjacent(Analysis analysis, IReadOnlyList<EntityMention> mentions, int from, EntityMention addressee)
    {
        var timexes = analysis.Get<Time.TimexLayer>()?.Timexes ?? [];
        for (int k = from; k < addressee.FirstToken; k++)
        {
            var t = analysis.Tokens[k];
            if (!t.IsWord) continue;
            if (t.Folded.StartsWith("وال", StringComparison.Ordinal)) return false;
            if (ArgumentFinder.Covers(mentions, k) || InTimex(timexes, k)) continue;
            return false;
        }
        var first = analysis.Tokens[addressee.FirstToken];
        // "وواشنطن", "لدمشق", "بموسكو": a name behind a conjunction or a preposition is not whom the verb addresses
        return !(first.Folded.StartsWith('و') && !ArabicFolding.FoldString(addressee.Text).StartsWith('و'))
            && !(addressee.Span.Start > first.Start && analysis.Text.AsSpan(first.Start, addressee.Span.Start - first.Start).IndexOfAny('ب', 'ل') >= 0);
    }

    // the parties joined one after another to a name by "و" ("روسيا وإيران", "روسيا و إيران"), with nothing else between
    private static List<(string Code, EntityMention Mention)> JoinedAfter(Analysis analysis, int sentence, EntityMention first)
    {
        var joined = new List<(string Code, EntityMention Mention)>();
        var mentions = SentenceIndex.For(analysis).Mentions(sentence);
        int end = first.EndToken;
        while (end < analysis.Tokens.Count)
        {
            int at = analysis.Tokens[end].Folded == "و" ? end + 1 : end;
            var next = ArgumentFinder.StartingAt(mentions, at);
            if (next is null || StatementRoles.PartyCode(next) is not { } code) break;
            // (behind its own "و" when it is not a word of its own: "وإيران")
            if (at == end && !(analysis.Tokens[at].Folded.StartsWith('و') && !ArabicFolding.FoldString(next.Text).StartsWith('و'))) break;
            joined.Add((code, next));
            end = next.EndToken;
        }
        return joined;
    }

    // the first party after the speaker that is not the speaker again ("حذرت وزارة الدفاع الأميركية \"البنتاغون\"": a state's ministry and army are one speaker)
    private static (string Code, EntityMention Mention) OtherParty(List<(string Code, EntityMention Mention)> parties, string speaker)
    {
        for (int i = 1; i < parties.Count; i++)
        {
            var p = parties[i];
            if (p.Code != speaker && !(ActorCode.Country(p.Code) == ActorCode.Country(speaker)
                && ActorCode.Sector(p.Code) is "GOV" or "MIL" && ActorCode.Sector(speaker) is "GOV" or "MIL")) return p;
        }
        return default;
    }

    private static bool InTimex(IReadOnlyList<Time.Timex> timexes, int token)
    {
        for (int i = 0; i < timexes.Count; i++)
            if (timexes[i].FirstToken <= token && token < timexes[i].EndToken) return true;
        return false;
    }

    // a party named right before the verb
    private static bool PartyEndsAt(List<EntityMention> mentions, int token)
    {
        foreach (var m in mentions)
            if (m.EndToken == token && StatementRoles.PartyCode(m) is not null) return true;
        return false;
    }

    /// <summary>
    /// Fixes a mention's roles after the argument finder: the party a warning addresses is its target (a capital so warned is its
    /// government, not a place); a deed warned against may happen, and the one warned is the one who would do it.
    /// </summary>
    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Type == "THREATEN") Conditioned(analysis, ev, trigger);
        if (IsWarning(analysis, trigger))
        {
            if (Addressee(analysis, trigger) is not var (code, m)) return;
            var members = ActorCode.Members(code);
            ev.Actors.RemoveAll(members.Contains);
            ev.Targets.Clear();
            ev.Targets.AddRange(members);
            ev.Places.RemoveAll(m.Places.Contains);
            // "حذر الرئيس روسيا وإيران من …": the names joined to the addressee by و are warned too
            foreach (var (joinedCode, joined) in JoinedAfter(analysis, trigger.SentenceIndex, m))
            {
                var more = ActorCode.Members(joinedCode);
                ev.Actors.RemoveAll(more.Contains);
                foreach (var c in more)
                    if (!ev.Targets.Contains(c)) ev.Targets.Add(c);
                ev.Places.RemoveAll(joined.Places.Contains);
            }
            // the warning itself is made; the cue that makes what it warns of possible is its own word
            if (ev.Mode == EventMode.Possible) ev.Mode = EventMode.Actual;
            return;
        }
        if (WarnedBy(analysis, trigger) is not var (warned, mention)) return;
        if (ev.Mode == EventMode.Actual) ev.Mode = EventMode.Possible;
        ev.Places.RemoveAll(mention.Places.Contains);
        // (the names joined to the one warned are warned too: "حذرت فرنسا تركيا وروسيا من شن هجوم")
        var joinedWarned = JoinedAfter(analysis, trigger.SentenceIndex, mention);
        foreach (var (_, joined) in joinedWarned) ev.Places.RemoveAll(joined.Places.Contains);
        // "حذر أردوغان دمشق من إرسال قوات إلى عفرين": a deployment warned against is the one warned's too, and the one who warns
        // does not deploy (nor attack)
        if (ev.Type is "ASSAULT" or "MOBILIZE")
        {
            var warnedCodes = ActorCode.Members(warned).Concat(joinedWarned.SelectMany(j => ActorCode.Members(j.Code))).ToList();
            foreach (var speaker in SpeakersBefore(analysis, trigger.SentenceIndex, mention))
                ev.Actors.RemoveAll(a => ActorCode.SameCountry(a, speaker) && !warnedCodes.Any(w => ActorCode.SameCountry(w, a)));
            foreach (var c in warnedCodes)
            {
                var force = ActorCode.Sector(c) == "GOV" ? ActorCode.With(c, "MIL") : c;
                ev.Targets.Remove(force);
                if (!ev.Actors.Contains(force)) ev.Actors.Add(force);
            }
        }
    }

    // the parties named in the sentence before the one warned: who warns
    private static IEnumerable<string> SpeakersBefore(Analysis analysis, int sentence, EntityMention warned)
    {
        foreach (var m in SentenceIndex.For(analysis).Mentions(sentence))
            if (m.EndToken <= warned.FirstToken && StatementRoles.PartyCode(m) is { } code)
                foreach (var c in ActorCode.Members(code)) yield return c;
    }

    // "عواقب وخيمة إذا استهدفت واشنطن …", "من عواقب إذا استخدم الجيش السوري …": who would do what the condition names is the one
    // threatened, not the one who threatens, and where it would happen is not where the threat is made; a threat told with
    // "حذر من" is made, not possible
    private static void Conditioned(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Mode == EventMode.Possible)
            for (int k = Math.Max(0, trigger.FirstToken - 4); k < trigger.FirstToken; k++)
                if (IsWarningVerb(analysis.Tokens[k])) ev.Mode = EventMode.Actual;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        int condition = -1;
        for (int k = trigger.EndToken; k < sentence.EndToken && condition < 0; k++)
            if (analysis.Tokens[k].Folded is "اذا" or "حال") condition = k;
        if (condition < 0) return;
        var mentions = SentenceIndex.For(analysis).Mentions(trigger.SentenceIndex);
        foreach (var m in mentions)
        {
            // the condition's own subject and object: a few words after "إذا", in its clause
            if (m.FirstToken <= condition || m.FirstToken > condition + 4 || Clauses.Of(analysis, sentence, m.FirstToken) != Clauses.Of(analysis, sentence, condition)) continue;
            ev.Places.RemoveAll(m.Places.Contains);
            if (StatementRoles.PartyCode(m) is not { } code) continue;
            // one named before the condition too is the one who threatens ("تهدد واشنطن … إذا … واشنطن")
            if (mentions.Any(x => x.EndToken <= condition && StatementRoles.PartyCode(x) == code)) continue;
            foreach (var c in ActorCode.Members(code))
                if (ev.Actors.Remove(c) && !ev.Targets.Contains(c)) ev.Targets.Add(c);
        }
    }

    /// <summary>
    /// The party warned, when the trigger tells what an addressed warning before it in the sentence warns against
    /// ("حذر لافروف واشنطن من استهداف الجيش"): the deed may happen, it has not.
    /// </summary>
    public static (string Code, EntityMention Mention)? WarnedBy(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var w in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
            if (w.EndToken <= trigger.FirstToken && IsWarning(analysis, w) && Opener(analysis, w) is int at && at < trigger.FirstToken
                && Addressee(analysis, w) is { } addressee) return addressee;
        return null;
    }

    // where what is warned of begins ("من", "أن"), within a few words of the verb and before the sentence ends
    private static int? Opener(Analysis analysis, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        for (int k = trigger.EndToken; k < sentence.EndToken && k - trigger.EndToken < 14; k++)
        {
            var w = analysis.Tokens[k].Folded;
            if (Openers.Contains(w)) return k;
            if (w is "." or ":" or "؛") return null;
        }
        return null;
    }

    private static bool IsParticiple(Token token)
    {
        foreach (var r in token.Readings)
            if (!r.HasArticle && Participles.Contains(r.Stem)) return true;
        return false;
    }

    private static bool IsWarningVerb(Token token)
    {
        foreach (var r in token.Readings)
            if (!r.HasArticle && Verbs.Contains(r.Stem) && r.Proclitics.AsSpan().IndexOfAny('ب', 'ل', 'ك') < 0) return true;
        return false;
    }

}
