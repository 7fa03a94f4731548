using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Merges mentions of one happening into one event: anaphoric mentions ("تلك الهجمات"), and same type and mode with overlapping time and compatible places.</summary>
public static class EventMerger
{
    /// <summary>Where the headline ends (the first blank line), or -1 when the text has none.</summary>
    internal static int HeadlineEnd(string text) => text.IndexOf("\n\n", StringComparison.Ordinal);

    // the attack_mode of triggers that name an attack without saying how (data/event_triggers.tsv)
    private const string GenericMode = "attack";

    private static readonly HashSet<string> RecallVerbs = Lexicons.TsvTable.FoldedWords("event_recall_verbs");

    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "تلك", "هذه", "ذلك", "هذا", "ذات", "نفس" };

    private static readonly HashSet<string> Ordinals = Lexicons.TsvTable.FoldedWords("ordinal_words");

    // the last event of a type (and mode, when one is given)
    private static Event? LastOf(List<Event> merged, string type, EventMode? mode)
    {
        for (int i = merged.Count - 1; i >= 0; i--)
            if (merged[i].Type == type && (mode is null || merged[i].Mode == mode)) return merged[i];
        return null;
    }

    private static Event? FirstOf(List<Event> merged, string type, EventMode mode)
    {
        foreach (var e in merged)
            if (e.Type == type && e.Mode == mode) return e;
        return null;
    }

    // the last attack of the same kind and mode, with no place or a shared one
    private static Event? LastSameAttack(List<Event> merged, Event m, string mode)
    {
        for (int i = merged.Count - 1; i >= 0; i--)
        {
            var e = merged[i];
            if (e.Type == m.Type && e.AttackMode == mode && e.Mode == m.Mode && (e.Places.Count == 0 || m.Places.Count == 0 || SharePlace(e, m))) return e;
        }
        return null;
    }

    private static bool SharePlace(Event a, Event b)
    {
        foreach (var p in a.Places)
            if (b.Places.Contains(p)) return true;
        return false;
    }

    // "ضربات على سوريا" and "واستهدفت الضربات … في حي برزة": air strikes (or another way of attack told by both) on the country and
    // on one of its governorates the same days are one, and so is an evacuation "من سوريا" and "من مناطق في جنوب سوريا";
    // statements and plain "attacks" at two levels of place are kept apart
    private static bool CountryHoldsGovernorate(Event a, Event b) =>
        (a.Type == "ASSAULT" && a.AttackMode is { } mode && mode != GenericMode && b.AttackMode == mode || a.Type == "RETREAT" && b.Type == "RETREAT")
        // each told of one day at most, the same one where both have it (a tally over months "in Syria" holds many battles)
        && a.Begin == a.End && b.Begin == b.End && (a.Begin is null || b.Begin is null || a.Begin == b.Begin)
        && (a.Actors.Count == 0 || b.Actors.Count == 0 || ShareActor(a, b))
        && (OnlySyria(a.Places) && AllSyrian(b.Places) || OnlySyria(b.Places) && AllSyrian(a.Places));

    private static bool OnlySyria(List<string> places) => places.Count == 1 && places[0] == "SYR";

    // governorate p-codes only (SY01…SY14 and finer)
    private static bool AllSyrian(List<string> places)
    {
        foreach (var p in places)
            if (p.Length < 4 || !p.StartsWith("SY", StringComparison.Ordinal)) return false;
        return places.Count > 0;
    }

    public static List<Event> Merge(Analysis analysis, List<Event> mentions)
    {
        // (at most every mention: sized for that rather than grown)
        var merged = new List<Event>(mentions.Count);
        foreach (var m in mentions)
        {
            // (plain loops below: lambdas over m would make a closure for every mention)
            var into = Anaphoric(analysis, m) ? LastOf(merged, m.Type, null) : null;
            // "ويأتي الانسحاب غداة …", "وجاء القصف بعد …": the report's own happening, told first, now put in its context
            into ??= Recalled(analysis, m) ? FirstOf(merged, m.Type, m.Mode) : null;
            // "رفضوا الاتفاق", "أشاد بالاتفاق الجديد": the definite deal is the one already told of, whatever day or parties its sentence names
            // (not one dated as made: "الاتفاق المبرم في أيار 2019")
            // ("ومن المقرر أن يتم تنفيذ الاتفاق": the deal made is carried out later; its planned mention is that deal too)
            bool dealTold = DealToldBefore(analysis, m);
            var told = dealTold ? LastOf(merged, "AGREE", m.Mode) : null;
            if (into is null && told is null && m.Mode == EventMode.Planned && dealTold && LastOf(merged, "AGREE", EventMode.Actual) is { } made)
            {
                // what is planned is the deal's carrying out: the deal stays made, on its own day
                told = made;
                m.Mode = EventMode.Actual;
                m.TimeFromText = false;
            }
            into ??= told;
            // "نوهت المملكة إلى أن اللقاء جاء ضمن …": the definite meeting is the one already told of, whatever day its sentence borrows
            var meeting = into is null && MeetingToldBefore(analysis, m)
                ? FirstMeetingFor(merged, m) ?? ComingMeetingFor(merged, m, analysis.Published) ?? HeldMeetingFor(analysis, merged, m)
                : null;
            // the day its sentence lends it is when the meeting was spoken of, not when it was held
            if (meeting is not null) m.TimeFromText = false;
            into ??= meeting;
            // "قتلوا في الانفجار": a definite explosion, shelling or air strike is the one already told of, whatever day a later quote gives
            into ??= m.Triggers[0].HasArticle && m.AttackMode is { } mode
                ? LastSameAttack(merged, m, mode)
                : null;
            // "والتقى دي ميستورا أيضاً …": another meeting of the same kind, not the one told before
            if (!Additional(analysis, m)) into ??= Nearest(merged, m, analysis.Published);
            if (into is null) { merged.Add(m); continue; }
            // the deal told again keeps the parties it was told with: "لم تؤكد كندا مشاركتها في الاتفاق" makes Canada no party to it
            if (into == told && into.Actors.Count > 0)
            {
                m.Actors.Clear();
                m.Targets.Clear();
            }
            Absorb(into, m);
        }
        // a plain "هجوم" says nothing of how: once dated, it is the chemical attack or shelling told of on the same days there
        for (int i = merged.Count - 1; i > 0; i--)
        {
            var m = merged[i];
            Event? into = null;
            for (int j = 0; j < i && into is null; j++)
                if (SameDatedAttack(merged[j], m)) into = merged[j];
            if (into is null) continue;
            Absorb(into, m);
            merged.RemoveAt(i);
        }
        int headlineEnd = HeadlineEnd(analysis.Text);
        if (headlineEnd >= 0)
        {
            HeadlineIntoBody(merged, headlineEnd);
            HeadlineAttackIntoBody(merged, headlineEnd);
        }
        PossibleAttackIntoActual(analysis, merged);
        // "هجوم استهدف دوما الشهر الماضي" and "هجوم وقع في السابع من نيسان" there: one attack, told once by its month and once by its day
        for (int i = merged.Count - 1; i >= 0; i--)
        {
            var coarse = merged[i];
            Event? into = null;
            for (int j = 0; j < merged.Count && into is null; j++)
                if (merged[j] != coarse && DayOfTheMonth(merged[j], coarse)) into = merged[j];
            if (into is null) continue;
            Absorb(into, coarse);
            merged.RemoveAt(i);
        }
        return merged;
    }

    /// <summary>
    /// "محادثات جنيف.." as a headline, then "المحادثات المزمع عقدها" in the body: talks headlined with no day of their own are
    /// the body's talks of that place even when the body tells them as planned or possible.
    /// </summary>
    // whether every trigger starts before the offset (a loop: a lambda over the offset made a closure at every call)
    private static bool AllBefore(List<TriggerMatch> triggers, int end)
    {
        foreach (var t in triggers)
            if (t.Span.Start >= end) return false;
        return true;
    }

    private static void HeadlineIntoBody(List<Event> merged, int headlineEnd)
    {
        for (int i = merged.Count - 1; i >= 0; i--)
        {
            var h = merged[i];
            // talks are headlined before they are held; a deal headlined is often one in force ("خرق اتفاق درعا"), an attack
            // headlined as done is not the one the body fears or denies
            if (h.Type != "CONSULT" || h.TimeFromText || h.Mode != EventMode.Actual || h.Figures.Count > 0
                || !AllBefore(h.Triggers, headlineEnd)) continue;
            Event? into = null;
            foreach (var e in merged)
                if (e != h && e.Type == h.Type && e.Mode is EventMode.Planned or EventMode.Possible && e.FirstTrigger.Start > headlineEnd
                    && (h.Places.Count == 0 || e.Places.Count == 0 || SharePlace(e, h))
                    && (h.Actors.Count == 0 || ContainsAll(e.Actors, h.Actors) || ContainsAll(h.Actors, e.Actors)))
                {
                    into = e;
                    break;
                }
            if (into is null) continue;
            Absorb(into, h);
            merged.RemoveAt(i);
        }
    }

    /// <summary>
    /// "واشنطن تحمل موسكو مسؤولية هجمات دوما" as a headline, then "قصف النظام … على دوما" in the body: a headline's attack that
    /// no body mention joined (no day, no figures of its own) is the body's one attack of that mode and place, however the
    /// body tells it (with two there, it stays apart).
    /// </summary>
    private static void HeadlineAttackIntoBody(List<Event> merged, int headlineEnd)
    {
        for (int i = merged.Count - 1; i >= 0; i--)
        {
            var h = merged[i];
            if (h.Type != "ASSAULT" || h.TimeFromText || h.Figures.Count > 0 || h.Places.Count == 0 || h.FirstTrigger.Start > headlineEnd) continue;
            Event? into = null;
            int candidates = 0;
            foreach (var e in merged)
                // (not a raid dated by a then-word: background, not the headline's news)
                if (e != h && e.Type == "ASSAULT" && e.Mode == h.Mode && !e.TimeFromAnaphor && e.FirstTrigger.Start > headlineEnd && SharePlace(e, h)
                    // (an attacker the headline names must be the body attack's: "قصف فسفوري" by the regime is no car bomb)
                    && (h.Actors.Count == 0 || ShareActor(e, h))
                    // (nor a capture into the named offensive it was part of)
                    && NamedOperations.CanJoin(e, h))
                {
                    into ??= e;
                    candidates++;
                }
            // with two attacks there, which one the headline tells is not known
            if (candidates != 1 || into is null) continue;
            Absorb(into, h);
            merged.RemoveAt(i);
        }
    }

    /// <summary>
    /// "لمنع وقوع المزيد من الهجمات", "في حال التأكد من وقوع هجوم كيماوي على دوما" beside the attack the report tells as done: an
    /// attack told only as possible and as occurring (data/event_occurrence_words.tsv), by nobody named, with no figures, no
    /// place or the done one's place, and no day apart from it, is that attack feared again or not yet confirmed; so is one that
    /// retells the done attack with a hedge (<see cref="HedgedRetelling"/>).
    /// </summary>
    private static void PossibleAttackIntoActual(Analysis analysis, List<Event> merged)
    {
        for (int i = merged.Count - 1; i >= 0; i--)
        {
            var p = merged[i];
            if (p.Type != "ASSAULT" || p.Mode != EventMode.Possible || p.Figures.Count > 0) continue;
            bool occurring = p.Actors.Count == 0 && ToldAsOccurring(analysis, p);
            Event? into = null;
            foreach (var e in merged)
                if (e != p && e.Type == "ASSAULT" && e.Mode == EventMode.Actual
                    && (occurring && (p.Places.Count == 0 || SharePlace(e, p)) && (!p.TimeFromText || !e.TimeFromText || p.Begin <= e.End && e.Begin <= p.End)
                        || HedgedRetelling(p, e)))
                {
                    into = e;
                    break;
                }
            if (into is null) continue;
            // the attack stays as the report tells it: done, on its own day
            bool timed = into.TimeFromText;
            var (begin, end) = (into.Begin, into.End);
            Absorb(into, p);
            if (!timed) (into.Begin, into.End, into.TimeFromText) = (begin, end, false);
            merged.RemoveAt(i);
        }
    }

    /// <summary>
    /// "قال المتحدث إن التحالف ربما يكون قد نفذ غارات في قرية السوسة أمس" beside the strike the report tells as done there that
    /// day: a possible attack on the same day the text gives, in a place of the done one, by none but its attackers, is that
    /// attack told with a hedge.
    /// </summary>
    private static bool HedgedRetelling(Event possible, Event done) =>
        possible.TimeFromText && done.TimeFromText && possible.Begin is { } b && b == possible.End && done.Begin == b && done.End == b
        && possible.Places.Count > 0 && SharePlace(done, possible) && possible.Actors.All(done.Actors.Contains);

    private static readonly HashSet<string> OccurrenceWords = Lexicons.TsvTable.FoldedWords("event_occurrence_words");

    // "وقوع المزيد من الهجمات", "تكرار الهجوم": a word for the attack's occurring among the three before its first trigger (data/event_occurrence_words.tsv)
    private static bool ToldAsOccurring(Analysis analysis, Event p)
    {
        var t = p.Triggers[0];
        var sentence = analysis.Sentences[t.SentenceIndex];
        for (int k = Math.Max(sentence.FirstToken, t.FirstToken - 3); k < t.FirstToken; k++)
            if (OccurrenceWords.Contains(analysis.Tokens[k].Folded) || analysis.Tokens[k].Readings.Any(r => OccurrenceWords.Contains(r.Stem))) return true;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="coarse"/> is one attack dated only by a whole month (a singular "هجوم", no figures, no one named) and
    /// <paramref name="day"/> an attack of the same kind on a day of that month in the same place.
    /// </summary>
    private static bool DayOfTheMonth(Event day, Event coarse) =>
        day.Type == "ASSAULT" && coarse.Type == "ASSAULT" && day.Mode == coarse.Mode && day.TimeFromText && coarse.TimeFromText
        && coarse.Begin is { Day: 1 } b && coarse.End is { } e && e.Month == b.Month && e.Year == b.Year && e.AddDays(1).Day == 1
        && day.Begin is { } d && day.End == d && d >= b && d <= e
        && coarse.Figures.Count == 0 && coarse.Actors.All(day.Actors.Contains) && coarse.Triggers.All(t => Singular(t.Entry))
        && coarse.Places.Count > 0 && coarse.Places.All(day.Places.Contains)
        && (coarse.AttackMode == day.AttackMode || coarse.AttackMode == GenericMode || day.AttackMode == GenericMode);

    // "هجمات", "غارات", "القصف": several attacks or a campaign can be the month's, beside one attack on a day of it
    // (the entry's phrase folded once when it was made, not at every ask)
    internal static bool Singular(TriggerEntry entry) =>
        !entry.FoldedPhrase.EndsWith("ات", StringComparison.Ordinal) && !MassAttackWords.Contains(entry.FoldedPhrase);

    private static readonly HashSet<string> MassAttackWords = Lexicons.TsvTable.FoldedWords("event_mass_attack_words");

    private static bool SameDatedAttack(Event a, Event b) =>
        a.Type == "ASSAULT" && b.Type == "ASSAULT" && a.Mode == b.Mode && a.TimeFromText && b.TimeFromText && a.Begin == b.Begin && a.End == b.End
        && (a.Places.Count > 0 && SharePlace(a, b) || UnplacedGeneric(a, b) || UnplacedGeneric(b, a))
        && a.AttackMode != b.AttackMode && (a.AttackMode == GenericMode || b.AttackMode == GenericMode);

    // "الهجوم على المفاعل في 2007": a definite attack with no place of its own, on the days of an attack told with its place and
    // by no other attacker, refers back to that attack
    private static bool UnplacedGeneric(Event e, Event other) =>
        e.Places.Count == 0 && e.AttackMode == GenericMode && e.Triggers[0].HasArticle
        && (e.Actors.Count == 0 || other.Actors.Count == 0 || ShareActor(e, other));

    private static bool ShareActor(Event a, Event b)
    {
        foreach (var actor in a.Actors)
            if (b.Actors.Contains(actor)) return true;
        return false;
    }

    private static readonly HashSet<string> AlsoWords = Lexicons.TsvTable.FoldedWords("event_also_words");

    /// <summary>A trigger with "أيضاً" or "كذلك" beside it (within two words), or called other or similar ("غارات أخرى"), tells one more happening of its kind.</summary>
    private static bool Additional(Analysis analysis, Event m)
    {
        var t = m.Triggers[0];
        var tokens = analysis.Tokens;
        if (SimilarMention.IsAnother(tokens, t, m.Triggers)) return true;
        for (int k = Math.Max(0, t.FirstToken - 2); k < Math.Min(tokens.Count, t.EndToken + 3); k++)
            if (AlsoWords.Contains(tokens[k].Folded)) return true;
        return false;
    }

    private static readonly HashSet<string> DealWords = Lexicons.TsvTable.FoldedWords("event_deal_words");

    /// <summary>A deal named with the article ("الاتفاق") and not dated as made where it is named: a reference to a deal told before.</summary>
    private static bool DealToldBefore(Analysis analysis, Event m)
    {
        var t = m.Triggers[0];
        return m.Type == "AGREE" && t.HasArticle && t.TokenCount == 1 && !Additional(analysis, m)
            && analysis.Tokens[t.FirstToken].Readings.Any(r => DealWords.Contains(r.Stem) || DealWords.Contains(r.StemWithArticle))
            && !GenericReference.ConcludedOnItsDate(analysis, t);
    }

    private static readonly HashSet<string> MeetingWords = Lexicons.TsvTable.FoldedWords("event_meeting_words");

    /// <summary>A meeting named with the article ("اللقاء") and no date within the next words: a reference to a meeting told before.</summary>
    private static bool MeetingToldBefore(Analysis analysis, Event m)
    {
        var t = m.Triggers[0];
        if (m.Type != "CONSULT" || !t.HasArticle || t.TokenCount != 1 || Additional(analysis, m)) return false;
        if (!analysis.Tokens[t.FirstToken].Readings.Any(r => MeetingWords.Contains(r.Stem) || MeetingWords.Contains(r.StemWithArticle))) return false;
        var sentence = analysis.Sentences[t.SentenceIndex];
        foreach (var x in analysis.Get<Time.TimexLayer>()?.Timexes ?? [])
            if (x.FirstToken >= t.EndToken && x.FirstToken < Math.Min(sentence.EndToken, t.EndToken + 6)) return false;
        return true;
    }

    private static int Distance(Event a, Event b) => Math.Abs(a.Sentences.Max - b.Sentences.Min);

    // the compatible event nearest the mention (the first of equals)
    private static Event? Nearest(List<Event> merged, Event m, DateOnly? published)
    {
        Event? best = null;
        int bestDistance = 0;
        foreach (var e in merged)
        {
            if (!Compatible(e, m, published)) continue;
            int d = Distance(e, m);
            if (best is null || d < bestDistance) (best, bestDistance) = (e, d);
        }
        return best;
    }

    /// <summary>A mention whose trigger stands next to a demonstrative ("تلك الهجمات", "الهجوم ذاته") refers back.</summary>
    public static bool Anaphoric(Analysis analysis, Event m)
    {
        var t = m.Triggers[0];
        var tokens = analysis.Tokens;
        if (t.FirstToken > 0 && Demonstratives.Contains(tokens[t.FirstToken - 1].Folded)) return true;
        // "ويعد هذا أول اجتماع بين الجانبين منذ …": the demonstrative with an ordinal before the noun points back too
        if (t.FirstToken > 1 && Demonstratives.Contains(tokens[t.FirstToken - 2].Folded) && Ordinals.Contains(tokens[t.FirstToken - 1].Folded)) return true;
        if (t.EndToken < tokens.Count && Demonstratives.Contains(tokens[t.EndToken].Folded)) return true;
        return false;
    }

    /// <summary>A definite trigger right after "يأتي/جاء" (data/event_recall_verbs.tsv): the happening already told of, set in its context.</summary>
    private static bool Recalled(Analysis analysis, Event m)
    {
        var t = m.Triggers[0];
        return t.HasArticle && t.Proclitics is "ال" && t.FirstToken > 0 && analysis.Tokens[t.FirstToken - 1].Readings.Any(r => RecallVerbs.Contains(r.Stem));
    }

    // the first meeting told before that the definite one can be: same mode, parties one within the other's (a place its
    // sentence names is as often what was discussed: "اللقاء جاء ضمن المساعي … بالوضع في سوريا")
    private static Event? FirstMeetingFor(List<Event> merged, Event m)
    {
        foreach (var e in merged)
            if (e.Type == "CONSULT" && e.Mode == m.Mode && PartiesWithin(e, m)) return e;
        return null;
    }

    /// <summary>
    /// "وبعد الاجتماع … واستمرت محادثات الرئيسين ساعتين في هلسنكي" then "وقبل القمة المرتقبة، قال ترامب …" or "دعا بعض الساسة إلى
    /// إلغاء القمة": a meeting told as held is the one the definite noun names, whatever its clause says of it as awaited or
    /// called off (not "القمة المقبلة", the next one).
    /// </summary>
    private static Event? HeldMeetingFor(Analysis analysis, List<Event> merged, Event m)
    {
        if (m.Mode is not (EventMode.Planned or EventMode.Negated)) return null;
        var t = m.Triggers[0];
        if (t.EndToken < analysis.Tokens.Count && NextWords.Contains(analysis.Tokens[t.EndToken].Folded)) return null;
        foreach (var e in merged)
            if (e.Type == "CONSULT" && e.Mode == EventMode.Actual && PartiesWithin(e, m) && ContainsAll(e.Actors, m.Actors)) return e;
        return null;
    }

    // "القمة المقبلة", "الاجتماع القادم": the next meeting, not the one held (folded)
    private static readonly HashSet<string> NextWords = new(StringComparer.Ordinal) { "المقبله", "المقبل", "القادمه", "القادم", "التاليه", "التالي" };

    // "ولم يحدد ظريف إن كان الاجتماع سيضم الرؤساء": a meeting told again with no mode cue of its own, after a meeting set for a
    // day still to come that holds all its parties, is that meeting (told as held only because nothing in its clause says otherwise)
    private static Event? ComingMeetingFor(List<Event> merged, Event m, DateOnly? published)
    {
        if (m.Mode != EventMode.Actual || published is not { } day) return null;
        foreach (var e in merged)
            if (e.Type == "CONSULT" && e.Mode == EventMode.Planned && e.TimeFromText && e.Begin > day && ContainsAll(e.Actors, m.Actors)) return e;
        return null;
    }

    private static bool Compatible(Event a, Event b, DateOnly? published)
    {
        if (a.Type != b.Type || a.Mode != b.Mode && !WithdrawalToldAsDone(a, b)) return false;
        if (!SameParties(a, b)) return false;
        if (!NamedOperations.CanJoin(a, b)) return false;
        // "اعتقل تنظيم داعش 53 …، فيما اعتقلت هيئة تحرير الشام 46": each doer's counted deed is its own
        if (CountedClauses.Apart(a, b)) return false;
        // "حيث قتل 519 مدنياً خلال 7 أيام": the period's tally takes in no mention of the day's deed
        if (PeriodTally.Apart(a, b)) return false;
        // "موسكو تتهم المعارضة" and "انتقدت الخارجية الفرنسية موسكو" are two statements: speakers with nothing in common say different things
        // (a state's government and its army are one speaker: "اعترفت إسرائيل" and "اعترف الجيش الإسرائيلي")
        if (ArgumentFinder.SpeechActs.Contains(a.Type) && a.Actors.Count > 0 && b.Actors.Count > 0
            && !ShareCountry(a.Actors, b.Actors)) return false;
        // "اتهمت دمشق …" and "اتهم فصيل جيش الإسلام النظام …", arrests by the regime and arrests by the factions: a state and
        // the armed opposition of that state are two speakers, two hands
        if ((ArgumentFinder.SpeechActs.Contains(a.Type) || a.Type == "COERCE") && a.Actors.Count > 0 && b.Actors.Count > 0
            && OpposingSides(a.Actors, b.Actors)) return false;
        // "40 killed by government shelling" and, "بالمقابل", "opposition shelling killed three": attacks by the state and by its
        // armed opposition, each with its own count of victims, are two attacks even on the same day
        if (a.Type == "ASSAULT" && a.Figures.Count > 0 && b.Figures.Count > 0 && a.Actors.Count > 0 && b.Actors.Count > 0
            && OpposingSides(a.Actors, b.Actors)) return false;
        // "إطلاق قذائف على إسرائيل" and "الضربات الجوية" of the Israeli army that answer it: fire on a state's land and an attack by
        // that state are two attacks
        if (a.Type == "ASSAULT" && (FiredWeapon.HitsLandOf(a, b.Actors) || FiredWeapon.HitsLandOf(b, a.Actors))) return false;
        // an explosion and a shelling are two attacks even in one governorate
        if (a.AttackMode is { } am && b.AttackMode is { } bm && am != bm && !GenericRetold(a, b) && !GenericRetold(b, a)) return false;
        // two dated mentions are one happening when they name the same days; a tally's range and a day inside it are two
        if (a.TimeFromText && b.TimeFromText)
            return a.Begin == b.Begin && (a.End == b.End || SameCampaign(a, b, published));
        // "وقالت إسرائيل وقتها …": a happening dated by a then-word is background, not the undated news of the headline
        if (a.TimeFromText != b.TimeFromText && (a.TimeFromAnaphor || b.TimeFromAnaphor)) return false;
        // "وكانت القاعدة هدفا لهجوم أميركي في العام الماضي" then "وهاجمت إسرائيل مواقع للجيش السوري كثيرا": an undated attack by
        // attackers of another state than the dated one's is not that attack told again
        if (a.Type == "ASSAULT" && a.TimeFromText != b.TimeFromText && a.Actors.Count > 0 && b.Actors.Count > 0 && !ShareCountry(a.Actors, b.Actors)) return false;
        // a mention without a time of its own joins a compatible event; two without times are one
        return true;
    }

    /// <summary>
    /// "قصفت قوات النظام أحياء درعا الاثنين" and then "قوات النظام استهدفت أحياء المدينة بأكثر من 55 صاروخا": a verb that says only that
    /// someone attacked (no way of attack, no day of its own), by the attacker of an attack told with its way and in its place (or
    /// with none named: it takes the place told before it), is that attack told again.
    /// </summary>
    private static bool GenericRetold(Event generic, Event told) =>
        generic.AttackMode == GenericMode && !generic.TimeFromText && OnlyPlainAttackVerbs(generic)
        && (generic.Places.Count == 0 || told.Places.Count == 0 || SharePlace(generic, told))
        && generic.Actors.Count > 0 && ShareActor(generic, told);

    private static readonly HashSet<string> PlainAttackVerbs = Lexicons.TsvTable.FoldedWords("event_plain_attack_verbs");

    // told by plain attack verbs alone (data/event_plain_attack_verbs.tsv), not by a noun that may name a campaign
    private static bool OnlyPlainAttackVerbs(Event e)
    {
        foreach (var t in e.Triggers)
            if (t.HasArticle || !PlainAttackVerbs.Contains(t.Entry.FoldedPhrase)) return false;
        return true;
    }

    // places and parties that allow two mentions to be one happening, whatever their days
    private static bool SameParties(Event a, Event b)
    {
        if (a.Places.Count > 0 && b.Places.Count > 0 && !SharePlace(a, b) && !CountryHoldsGovernorate(a, b)) return false;
        return PartiesWithin(a, b);
    }

    // talks between Russia, Turkey and Iran and a call between Russia and France are two: the parties of one must include the other's
    private static bool PartiesWithin(Event a, Event b) =>
        a.Type is not ("CONSULT" or "AGREE") || a.Actors.Count < 2 || b.Actors.Count < 2
        || ContainsAll(b.Actors, a.Actors) || ContainsAll(a.Actors, b.Actors);

    /// <summary>
    /// "اتفاق لإجلاء مقاتلي جيش الإسلام من دوما" and then "بعد انسحاب المعارضة", "ومن شأن خروج جيش الإسلام": a withdrawal told
    /// as planned and one told without a mode cue or a day of its own are one withdrawal when both name the side that
    /// leaves and where from (a refugees' return and a state leaving a council are two).
    /// </summary>
    private static bool WithdrawalToldAsDone(Event a, Event b) =>
        a.Type == "RETREAT" && a.Places.Count > 0 && b.Places.Count > 0 && ShareActor(a, b) && (a.Mode, b.Mode) switch
        {
            (EventMode.Planned, EventMode.Actual) => !b.TimeFromText,
            (EventMode.Actual, EventMode.Planned) => !a.TimeFromText,
            _ => false,
        };

    // (loops, not LINQ: asked for every pair of mention and event)
    private static bool ContainsAll(List<string> all, List<string> some)
    {
        foreach (var x in some)
            if (!all.Contains(x)) return false;
        return true;
    }

    // whether two actor lists share a country (ActorCode.Country of each; codes without one, such as IGO, share the "none")
    private static bool ShareCountry(List<string> a, List<string> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (ActorCode.SameCountry(x, y)) return true;
        return false;
    }

    // every actor of one is the state (GOV, MIL) and every actor of the other its armed or political opposition (REB, OPP)
    // (of one state: Turkish troops and the factions Ankara backs besiege one town together)
    private static bool OpposingSides(List<string> a, List<string> b) =>
        ShareCountry(a, b) && (AllOneSide(a, true) && AllOneSide(b, false) || AllOneSide(a, false) && AllOneSide(b, true));

    private static bool AllOneSide(List<string> codes, bool state)
    {
        foreach (var c in codes)
            if (ActorCode.Sector(c) is var s && (state ? s is not ("GOV" or "MIL") : s is not ("REB" or "OPP"))) return false;
        return true;
    }

    /// <summary>
    /// "منذ انطلاق العملية في 19 فبراير" runs to the report only because nothing said when it ended: a campaign of the same
    /// start told elsewhere with its end ("من 19 فبراير إلى 23 مارس") is the same campaign.
    /// </summary>
    private static bool SameCampaign(Event a, Event b, DateOnly? published) =>
        published is { } p && a.Begin < a.End && b.Begin < b.End && (a.End == p) != (b.End == p);

    // deeds done against their targets (not aid or support, whose receiver may also act in another mention)
    private static readonly HashSet<string> AgainstTypes = new(StringComparer.Ordinal) { "ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT", "SANCTION", "PROTEST" };

    internal static void Absorb(Event into, Event m)
    {
        // an explicit end beats the report's day that an open "منذ" range ran to
        if (!into.TimeFromText && m.TimeFromText || (into.TimeFromText && m.TimeFromText && into.Begin == m.Begin && m.End < into.End))
        {
            into.Begin = m.Begin;
            into.End = m.End;
            into.TimeFromText = true;
            // the day another mention tells is that mention's own, not one "غداة" still has to move
            into.PendingDayShift = 0;
        }
        // in a deed against someone, the side one mention says was hit is not the doer another mention reads in (as a target
        // already an actor is not one)
        foreach (var a in m.Actors)
            if (!into.Actors.Contains(a) && !(AgainstTypes.Contains(into.Type) && into.Targets.Contains(a))) into.Actors.Add(a);
        foreach (var t in m.Targets) if (!into.Targets.Contains(t) && !into.Actors.Contains(t)) into.Targets.Add(t);
        // places stay those of the first mention that named any: later mentions add context, not new locations
        // (a governorate told later says where in the country it happened)
        if (into.Places.Count == 0 || OnlySyria(into.Places) && AllSyrian(m.Places))
        {
            into.Places.Clear();
            into.Places.AddRange(m.Places);
            if (m.HasRegions) into.Regions.AddRange(m.Regions);
        }
        // talks and deals happen at a venue: a city named later beats a region named first
        else if (into.Type != "ASSAULT" && m.Location is { Precision: 1 } && (into.Location is null || into.Location.Precision > 1))
        {
            into.Places.Clear();
            into.Places.AddRange(m.Places);
            if (into.HasRegions) into.Regions.Clear();
            if (m.HasRegions) into.Regions.AddRange(m.Regions);
        }
        foreach (var f in m.Figures)
            if (!into.Figures.Contains(f)) into.Figures.Add(f);
        into.Triggers.AddRange(m.Triggers);
        foreach (var s in m.Sentences) into.Sentences.Add(s);
        into.Source ??= m.Source;
        into.OwnCountedClause |= m.OwnCountedClause;
        if (into.AttackMode is null or GenericMode) into.AttackMode = m.AttackMode ?? into.AttackMode;
        if (m.Location is not null && (into.Location is null || m.Location.Precision < into.Location.Precision)) into.Location = m.Location;
    }
}
