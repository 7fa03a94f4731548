using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Decides an event mention's mode from cue words around its trigger (data/event_mode_cues.tsv) and the future proclitic.</summary>
public sealed class ModeDetector
{
    private readonly CueLexicon _cues;

    // each row's cells read once: every trigger asks every cue of its sentence
    private readonly Dictionary<string[], Cue> _rows = new(ReferenceEqualityComparer.Instance);

    private sealed class Cue(CueLexicon cues, string[] row)
    {
        public readonly string[] Row = row;
        public readonly string ModeName = cues.Cell(row, "mode");
        public readonly int Window = int.TryParse(cues.Cell(row, "window"), out var w) ? w : 3;
        public readonly string Position = cues.Cell(row, "position");
        public readonly string Needs = cues.Cell(row, "needs");
        public readonly string Types = cues.Cell(row, "types");
        public readonly string[] TypeList = cues.Cell(row, "types").Split(',', StringSplitOptions.TrimEntries);
        public readonly string FoldedCue = ArabicFolding.FoldString(row[0]);
        private EventMode? _mode;

        // parsed on first use, so a bad mode name fails where it always did: when its cue is met
        public EventMode Mode => _mode ??= EventModeNames.Parse(ModeName);
    }

    public ModeDetector(CueLexicon cues)
    {
        _cues = cues;
        foreach (var row in cues.Rows) _rows.TryAdd(row, new Cue(cues, row));
    }

    private static readonly HashSet<string> Demonstratives = TsvTable.FoldedWords("demonstratives");

    public static ModeDetector Default { get; } = new(CueLexicon.Load("event_mode_cues"));

    public EventMode Detect(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var mode = EventMode.Actual;
        // "سيعقد": the future marker on the trigger verb itself
        if (trigger.Proclitics.EndsWith('س')) mode = EventMode.Planned;
        // "هذا الاتفاق", "تلك الاتهامات": an event told before, pointed at; what the sentence fears or denies about it is no
        // mode of it ("نفت موسكو تلك الاتهامات" denies the charge, not that it was made); a time to come still is ("سيعقد هذا اللقاء")
        bool pointedAt = trigger.FirstToken > 0 && trigger.Proclitics.AsSpan().IndexOfAny('و', 'ف') < 0 && Demonstratives.Contains(tokens[trigger.FirstToken - 1].Folded);
        foreach (var m in _cues.InSentence(analysis, sentence))
        {
            var cue = _rows[m.Value];
            var cueMode = cue.Mode;
            if (cueMode.Strength() <= mode.Strength()) continue;
            if (pointedAt && cueMode is EventMode.Negated or EventMode.Possible) continue;
            int window = cue.Window;
            var position = cue.Position;
            bool before = m.EndToken <= trigger.FirstToken && (trigger.FirstToken - m.EndToken < window
                // "لم تشن الولايات المتحدة أو التحالف الضربة": a negation before a carrying verb reaches its object past the subject
                || cueMode == EventMode.Negated && cue.FoldedCue is "لم" or "لن" && CarriedObject(analysis, m.EndToken, trigger));
            bool after = m.FirstToken >= trigger.EndToken && m.FirstToken - trigger.EndToken < window;
            bool applies = position switch
            {
                "before" => before,
                "after" => after,
                // "سيبدأ وقف لإطلاق النار" and "وقف لإطلاق النار سيبدأ"
                "around" => before || after,
                _ => true,
            };
            if (!applies || CrossesClause(tokens, m, trigger)) continue;
            if (position is "before" or "around" && before && RelativeClauseBetween(tokens, m.EndToken, trigger.FirstToken)) continue;
            // "لم تدخل القافلة بسبب القصف": what a cause word opens is told as a fact, whatever the clause denies or plans
            if (before && CauseBetween(tokens, m.EndToken, trigger.FirstToken)) continue;
            // "الإجراء الذي يجب اعتماده بعد الهجوم الكيمياوي": a definite deed right after "بعد/عقب" is one already known, told
            // as a fact; what the sentence may do or denies is the later thing, not it
            if (m.EndToken <= trigger.FirstToken && cueMode is EventMode.Possible or EventMode.Negated && AfterKnownDeed(tokens, trigger)) continue;
            // "لم يسفر القصف عن إصابات": the negation denies what the event caused, not the event, the verb's subject
            if (cueMode == EventMode.Negated && before && ConsequenceDenied(tokens, m.EndToken, trigger)) continue;
            // "تنفي تورطها في الغارات": the denial is of a part in the event, which happened
            if (cueMode == EventMode.Negated && before && InvolvementDenied(tokens, m.EndToken, trigger.FirstToken)) continue;
            if (cue.Needs == "ل" && !ForPurpose(tokens, m.EndToken, trigger)) continue;
            if (cue.Needs == "unadopted" && Adopted(tokens, sentence.FirstToken, m.FirstToken)) continue;
            if (cue.Needs == "schedule" && !ScheduleNounBetween(tokens, m.EndToken, trigger.FirstToken)) continue;
            if (cue.Types.Length > 0 && !TypeListed(cue.TypeList, trigger.Entry.Type)) continue;
            if (cue.Needs == "في" && !Attempt(analysis, m.EndToken, trigger)) continue;
            // "منع X من <deed>": the deed prevented is the one right after "من"
            if (cue.Needs == "من" && (trigger.FirstToken == 0 || tokens[trigger.FirstToken - 1].Folded != "من")) continue;
            // "وخوفا من إبرام اتفاقات مماثلة، اعتقلت فصائل …": the fear is the reason of the clause after the comma, which happened
            if (cue.Needs == "clause" && CommaBetween(tokens, m.EndToken, trigger.FirstToken)) continue;
            // "تبحث تزويد دمشق بمنظومة": a deed considered is a bare verbal noun; "تبحث الهجوم الكيميائي" examines what happened
            if (cue.Needs == "bare" && trigger.HasArticle) continue;
            // "رفض المقاتلون الخروج": the refusal reaches the leaving only when no other cue word stands between; in "رفضت
            // الفصائل مقترح الانسحاب" what is refused is the proposal, and the withdrawal stays the proposal's to tell
            if (cue.Needs == "direct" && (CueBetween(analysis, sentence, m.EndToken, trigger.FirstToken) || !RefusedObject(analysis, sentence, m, trigger))) continue;
            // "طلبت لافارج تأجيل جلسة": a postponement asked for leaves the happening open
            if (cue.Needs == "unasked" && AskedForObject.AskingVerbBefore(tokens, m.FirstToken))
            {
                if (EventMode.Possible.Strength() <= mode.Strength()) continue;
                cueMode = EventMode.Possible;
            }
            if (!Licensed(tokens, m.FirstToken, m.EndToken, cue.FoldedCue)) continue;
            mode = cueMode;
        }
        if (mode.Strength() < EventMode.Possible.Strength() && Requested(analysis, trigger)) mode = EventMode.Possible;
        // "وجه دعوة إلى العاهل الأردني لزيارة فرنسا": a visit one is invited to may come (one set for a day ahead stays planned)
        if (mode == EventMode.Actual && InvitedVisit.Invitation(tokens, trigger) >= 0) mode = EventMode.Possible;
        // "خشية وقوعهم في حصار كامل أو تعرضهم لهجوم بري": an alternative shares the mode of the first thing it is an alternative to
        if (mode == EventMode.Actual && AlternativeTo(analysis, trigger) is { } first) mode = Detect(analysis, first);
        return mode;
    }

    private static readonly HashSet<string> SupportVerbs = TsvTable.FoldedWords("event_support_verbs");

    // how far past a carrying verb its object may stand (a subject of a few words between: "لم تشن القوات الروسية أي غارات")
    private const int CarriedObjectReach = 7;

    // the trigger is the object of the carrying verb right after the negation ("لم تشن … الضربة", "لم ينفذ الطيران أي غارات"):
    // no punctuation and no preposition between but in a time phrase, and the trigger bare of one ("لم تقدم أي إنذار لضربة"
    // denies the warning, "لم تقدم أي مؤشر على نيتها تعليق دعمها" the sign, not the strike or the support)
    private static bool CarriedObject(Analysis analysis, int verb, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        if (verb >= trigger.FirstToken || trigger.FirstToken - verb > CarriedObjectReach || !SupportVerbs.Contains(tokens[verb].Folded)) return false;
        if (trigger.Proclitics is not ("" or "ال")) return false;
        var times = analysis.Get<Time.TimexLayer>()?.Timexes ?? [];
        for (int k = verb + 1; k < trigger.FirstToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation || SupportVerbs.Contains(tokens[k].Folded)) return false;
            // ("خلال الأيام الثلاثة الماضية": a preposition that opens a time phrase is part of it)
            if (!ArgumentFinder.InTimex(times, k) && !ArgumentFinder.InTimex(times, k + 1) && (Prepositions.Contains(tokens[k].Folded) || tokens[k].Folded.Length > 3 && tokens[k].Folded[0] is 'ب' or 'ل')) return false;
        }
        return true;
    }

    // prepositions that put the trigger in an adjunct of the verb (data/event_object_breaking_prepositions.tsv)
    private static readonly HashSet<string> Prepositions = TsvTable.FoldedWords("event_object_breaking_prepositions");

    // how many tokens may stand between two alternatives, "أو" among them ("حصار كامل أو تعرضهم لهجوم")
    private const int AlternativeGap = 4;

    /// <summary>The trigger that this one is told as an alternative to: the nearest earlier one of its sentence, "أو" between them in the same clause.</summary>
    private static TriggerMatch? AlternativeTo(Analysis analysis, TriggerMatch trigger)
    {
        if (analysis.Get<TriggerLayer>() is not { } layer) return null;
        TriggerMatch? previous = null;
        foreach (var t in layer.InSentence(trigger.SentenceIndex))
            if (t.EndToken <= trigger.FirstToken) previous = t;
        if (previous is null || trigger.FirstToken - previous.EndToken > AlternativeGap) return null;
        var tokens = analysis.Tokens;
        bool or = false;
        for (int k = previous.EndToken; k < trigger.FirstToken; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return null;
            or |= tokens[k].Folded == "او";
        }
        return or ? previous : null;
    }

    private static readonly HashSet<string> ConsequenceVerbs = Lexicons.TsvTable.FoldedWords("event_consequence_verbs");

    // the word after the negation is a verb of consequence (data/event_consequence_verbs.tsv) and the trigger its subject, right after
    // it or as the definite second noun of its construct ("لم تحمل قافلة المساعدات")
    private static bool ConsequenceDenied(IReadOnlyList<Token> tokens, int afterCue, TriggerMatch trigger) =>
        // (definite: "لم تسجل غارات" is "no strikes were recorded", the strikes denied)
        trigger.HasArticle && (afterCue + 1 == trigger.FirstToken || (afterCue + 2 == trigger.FirstToken && tokens[afterCue + 1].IsWord)) && !trigger.HasPreposition
        && tokens[afterCue].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && ConsequenceVerbs.Contains(r.Stem));

    private static readonly HashSet<string> InvolvementWords = Lexicons.TsvTable.FoldedWords("event_denied_involvement");

    // a word of involvement or responsibility (data/event_denied_involvement.tsv) stands between the denial and the trigger
    private static bool InvolvementDenied(IReadOnlyList<Token> tokens, int afterCue, int trigger)
    {
        for (int k = afterCue; k < trigger; k++)
            if (tokens[k].Readings.Any(r => r.Proclitics is "" or "و" && InvolvementWords.Contains(r.Stem))) return true;
        return false;
    }

    // "ASSAULT,COERCE" lists the types a cue applies to; "!THREATEN" the ones it does not (a threat is conditional by nature: its "إذا" is not its doubt)
    private static bool TypeListed(string[] list, string type)
    {
        foreach (var t in list)
            if (!t.StartsWith('!')) return list.Contains(type);
        foreach (var t in list)
            if (t.Length == type.Length + 1 && t.AsSpan(1).SequenceEqual(type)) return false;
        return true;
    }

    /// <summary>"دعا ترامب إلى إبرام اتفاق", "طالبت بوقف القصف", "هددت بشن هجوم": what is called for or threatened has not happened; it may.</summary>
    private static bool Requested(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type is "REQUEST" or "THREATEN" || analysis.Get<TriggerLayer>() is not { } layer) return false;
        // "دعت إلى احترام اتفاق وقف إطلاق النار الموقع في آذار 2020": a deal made at its own date is not what is called for
        if (GenericReference.ConcludedOnItsDate(analysis, trigger)) return false;
        var tokens = analysis.Tokens;
        // "تظاهروا للمطالبة بالإفراج عن المعتقلين": the demand of a protest is no event of its own (ProtestPurpose), what it asks for still may be
        if (ProtestPurpose.DemandedBefore(tokens, trigger)) return true;
        bool introduced = trigger.Proclitics.Contains('ب')
            || (trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Folded == "الي")
            // "بشن هجوم": the preposition is on the verbal noun that carries the trigger
            || SupportNouns.CarryBehindPreposition(tokens, trigger)
            || (trigger.FirstToken > 1 && tokens[trigger.FirstToken - 2].Folded == "الي" && tokens[trigger.FirstToken - 1].IsWord)
            // "طالبوا بـ"عفو عام"", "دعا إلى "هدنة"": the preposition written apart, a quote mark between it and the trigger
            || QuotedAfter(tokens, trigger.FirstToken) is "ب" or "الي";
        // "دعت فرنسا لعقد اجتماع", "يدعو لهدنة": ل right after the call (its subject at most between) names what is called for;
        // further on it is as likely a reason or a purpose of something else ("… نتيجة للهجوم")
        bool lam = !introduced && (trigger.Proclitics is "ل" or "ول" || SupportNouns.CarryBehindLam(tokens, trigger) || QuotedAfter(tokens, trigger.FirstToken) == "ل");
        // "قرارا يطلب وقفا لإطلاق النار", "شدد على ضرورة وقف إطلاق النار": the object right after a call is what is asked for
        if (!introduced && !lam)
        {
            foreach (var r in layer.InSentence(trigger.SentenceIndex))
                if (r.Entry.Type == "REQUEST" && r.EndToken == trigger.FirstToken && trigger.Proclitics.Length == 0) return true;
            return AskedForObject.Holds(analysis, trigger, layer);
        }
        // "دعا الرئيس الروسي فلاديمير بوتين ورئيسة الوزراء البريطانية تيريزا ماي إلى التعاون": "إلى" right on the trigger reaches past a long subject
        bool rightAfterIla = trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Folded == "الي";
        int reach = lam ? 4 : rightAfterIla ? 14 : 8;
        foreach (var r in layer.InSentence(trigger.SentenceIndex))
            if (r.Entry.Type is "REQUEST" or "THREATEN" && r.EndToken <= trigger.FirstToken && trigger.FirstToken - r.EndToken <= reach) return true;
        // "طالبوا بانسحاب حزب الله … وبالإفراج عن المعتقلين": a second thing asked for, joined by "وب" to the one before it
        return trigger.Proclitics.StartsWith("وب", StringComparison.Ordinal) && CoordinatedAsked(analysis, trigger, layer);
    }

    // the nearest earlier event noun of the sentence told with ب, itself what is called for
    private static bool CoordinatedAsked(Analysis analysis, TriggerMatch trigger, TriggerLayer layer)
    {
        TriggerMatch? before = null;
        foreach (var r in layer.InSentence(trigger.SentenceIndex))
            if (r.EndToken <= trigger.FirstToken && r.Entry.Type is not ("REQUEST" or "THREATEN") && r.Proclitics.Contains('ب')
                && (before is null || r.FirstToken > before.FirstToken)) before = r;
        return before is not null && Requested(analysis, before);
    }

    // the word before a quote mark that opens right on the trigger ("بـ"عفو عام"" → "ب"); null when no quote mark opens there
    private static string? QuotedAfter(IReadOnlyList<Token> tokens, int first) =>
        first > 1 && tokens[first - 1].IsQuoteMark && tokens[first - 2].IsWord ? tokens[first - 2].Folded : null;

    // "للهجوم"، "لشن هجوم"، "للدخول في مفاوضات": the event is the purpose the cue is for, told with ل after the cue
    private static bool ForPurpose(IReadOnlyList<Token> tokens, int cueEnd, TriggerMatch trigger)
    {
        if (trigger.HasPreposition && trigger.Proclitics.Contains('ل')) return true;
        for (int k = cueEnd; k < trigger.FirstToken; k++)
            if (tokens[k].Readings.Any(r => r.Proclitics is "ل" or "لل")) return true;
        return false;
    }

    // "أخفقوا في الاتفاق"، "فشلوا بالتوصل إلى اتفاق"، "فشلوا في اقتحام"، "فشلت في عقد اجتماع": the failed attempt is the trigger
    // itself after في or with ب, or carried by a support noun so told; not "بعد فشل الاجتماعات بالحد من هجمات" (the attacks are
    // real, the curbing failed), nor "أخفقت في محادثات" (talks held that came to nothing), nor past another event that is what failed
    // ("فشل المفاوضات … السبب في هجوم النظام")
    private static bool Attempt(Analysis analysis, int cueEnd, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        if (trigger.FirstToken <= cueEnd) return false;
        if (analysis.Get<TriggerLayer>() is { } layer)
            foreach (var t in layer.InSentence(trigger.SentenceIndex))
                if (t.FirstToken >= cueEnd && t.FirstToken < trigger.FirstToken && !SupportNouns.Carries(tokens[t.FirstToken])) return false;
        if (trigger.Entry.Type != "CONSULT" && (trigger.Proclitics.Contains('ب') || tokens[trigger.FirstToken - 1].Folded == "في")) return true;
        return SupportNouns.CarryBehindPreposition(tokens, trigger)
            || trigger.FirstToken - 2 >= cueEnd && tokens[trigger.FirstToken - 2].Folded == "في" && SupportNouns.Carries(tokens[trigger.FirstToken - 1]);
    }

    private static readonly HashSet<string> AdoptionWords =
        Lexicons.TsvTable.FoldedWords("event_adoption_words");

    // "ووافق مجلس الأمن بالإجماع، السبت، على مشروع قرار": a word of adoption within twelve tokens before the draft (its subject, an adverb and commas between), in its sentence
    private static bool Adopted(IReadOnlyList<Token> tokens, int sentenceStart, int cue)
    {
        for (int k = cue - 1; k >= Math.Max(sentenceStart, cue - 12); k--)
        {
            if (tokens[k].Folded is "." or ":" or "؛") return false;
            if (AdoptionWords.Contains(tokens[k].Folded) || tokens[k].Readings.Any(r => AdoptionWords.Contains(r.Stem))) return true;
        }
        return false;
    }

    // "لم يحدد موعدا للانسحاب": a time not yet set leaves the event to come; "لم يحدد الجهة المسؤولة عن الهجوم" leaves it real
    private static bool ScheduleNounBetween(IReadOnlyList<Token> tokens, int cueEnd, int trigger)
    {
        for (int k = cueEnd; k < trigger; k++)
            if (ScheduleNouns.Contains(tokens[k].Folded) || tokens[k].Readings.Any(r => ScheduleNouns.Contains(r.Stem))) return true;
        return false;
    }

    private static readonly HashSet<string> ScheduleNouns = Lexicons.TsvTable.FoldedWords("event_schedule_nouns");

    // "قد" marks possibility only before an imperfect verb ("قد يتم"), not before a past one ("كانت قد انعقدت");
    // "لا" before يزال/تزال means "still", not "not"; "ما إذا" is "whether", which doubts a detail, not the happening;
    // "أي" is "any" before an indefinite noun ("أي هجوم") but "that is" before a definite one ("أي الهجوم").
    private static bool Licensed(IReadOnlyList<Token> tokens, int first, int next, string folded)
    {
        if (folded == "اذا" && first > 0 && tokens[first - 1].Folded == "ما") return false;
        if (next >= tokens.Count) return true;
        if (folded is "اي" or "ايه") return !tokens[next].Readings.Any(r => r.HasArticle);
        var n = tokens[next].Folded;
        // ("قد تعهدوا": ت with the past plural's وا is a past verb, whose imperfect would end in ون)
        // ("وكانت تركيا قد دانت", "كان قد نفى": after a form of كان the verb is past, whatever letter it begins with)
        // ("وقد تجددت المعارك", "قد تمت": ت at both ends is the past feminine of a derived verb, whose imperfect would be تتجدد, تتم)
        if (folded == "قد") return n.Length > 2 && (n[0] is 'ي' or 'ن' || n[0] == 'ت' && !n.EndsWith("وا", StringComparison.Ordinal) && !PastFeminine(n))
            && !PluperfectFrame.AuxiliaryBefore(tokens, first);
        if (folded == "لا") return !(n.EndsWith("زال", StringComparison.Ordinal) || n.EndsWith("زالت", StringComparison.Ordinal));
        return true;
    }

    private static bool PastFeminine(string n) => n[^1] == 'ت' && (n.Length >= 5 || n == "تمت");

    private static readonly HashSet<string> RelativePronouns =
        Lexicons.TsvTable.FoldedWords("relative_pronouns");

    // "نفت أن يكون الموقع الذي تعرض للقصف مفاعلا", "من المقرر أن يزور المدينة التي شهدت مجزرة": a trigger inside a relative
    // clause opened after the cue tells what is known of a noun, not what the cue denies, plans or doubts
    private static bool RelativeClauseBetween(IReadOnlyList<Token> tokens, int cueEnd, int trigger)
    {
        for (int k = cueEnd; k < trigger; k++)
            if (RelativePronouns.Contains(tokens[k].Folded)) return true;
        return false;
    }

    private static readonly HashSet<string> CauseWords = Lexicons.TsvTable.FoldedWords("event_mode_cause_words");

    // a cause word between a cue and its trigger (data/event_mode_cause_words.tsv), bare or behind و/ف
    private static bool AfterKnownDeed(IReadOnlyList<Token> tokens, TriggerMatch trigger) =>
        trigger.HasArticle && trigger.Proclitics is "" or "ال" && trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Folded is "بعد" or "وبعد" or "عقب";

    private static bool CauseBetween(IReadOnlyList<Token> tokens, int cueEnd, int trigger)
    {
        for (int k = cueEnd; k < trigger; k++)
        {
            if (CauseWords.Contains(tokens[k].Folded)) return true;
            // (a loop, not Readings.Any: asked for every cue before its trigger, and Any boxes the readings)
            foreach (var r in tokens[k].Readings)
                if (r.Proclitics is "و" or "ف" && CauseWords.Contains(r.Stem)) return true;
        }
        return false;
    }

    // a comma between a cue and its trigger (needs "clause": a fear does not reach the clause after the comma)
    // another cue of this lexicon starting between two token positions
    private bool CueBetween(Analysis analysis, Sentence sentence, int from, int to)
    {
        foreach (var other in _cues.InSentence(analysis, sentence))
            if (other.FirstToken >= from && other.FirstToken < to) return true;
        return false;
    }

    // the trigger is what is refused, or what a refused request asks for ("رفضت الفصائل التفاوض", "رفض إجراء أي مفاوضات",
    // "رفضت دعوة لحضور اجتماع"): not behind a preposition word ("رفضت المحكمة في جلسات استماع", "رفض التعليق على زيارة":
    // the sessions and the visit were held) but one after a carrying noun ("الدخول في أي مفاوضات"), and no other event
    // between but a request
    private bool RefusedObject(Analysis analysis, Sentence sentence, Lexicons.TrieMatch<string[]> cue, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        int cueEnd = cue.EndToken;
        // "هذا الرفض": a refusal told as a noun of its own names one made, not a deed it refuses
        if (tokens[cue.FirstToken].Folded.StartsWith("ال", StringComparison.Ordinal)) return false;
        // "ترفض مواقف الولايات المتحدة وسنتفاوض": a verb of its own, told to come, is no object of the refusal
        if (trigger.Proclitics.Contains('س')) return false;
        var layer = analysis.Get<TriggerLayer>();
        bool requestBefore = false;
        for (int k = cueEnd; k < trigger.FirstToken; k++)
        {
            if (layer is not null)
                foreach (var t in layer.InSentence(trigger.SentenceIndex))
                    requestBefore |= t.Entry.Type == "REQUEST" && t.FirstToken >= cueEnd && t.EndToken <= k;
            // "رفضها لمبادرة باريس والمحادثات", "رفض حركته لما سيخرج عنه اجتماع": what is rejected is told with ل, a thing
            // already there (not "لإجراء محادثات", a carrying noun right on the trigger, nor "طلبا لترامب", who asked)
            if (!requestBefore && tokens[k].Readings.Any(r => r.Proclitics is "ل" or "لل") && !(k == trigger.FirstToken - 1 && SupportNouns.CarryBehindLam(tokens, trigger))) return false;
            // "رفض المتحدث تأكيد أن ترامب سيستضيف قمة": the clause after "أن" is what the refused deed is about
            if (tokens[k].Folded == "ان") return false;
        }
        // "إذا رفضت إطلاق سراح القس": a refusal that is itself a condition or a doubt denies nothing; the deed stays possible
        foreach (var other in _cues.InSentence(analysis, sentence))
            if (other.EndToken == cue.FirstToken && _rows[other.Value].Mode == EventMode.Possible) return false;
        int before = trigger.FirstToken - 1;
        if (before > cueEnd && tokens[before].Folded is "اي") before--;
        if (before >= cueEnd && Prepositions.Contains(tokens[before].Folded) && !(before > cueEnd && SupportNouns.Carries(tokens[before - 1]))) return false;
        if (layer is not null)
            foreach (var t in layer.InSentence(trigger.SentenceIndex))
                if (t.FirstToken >= cueEnd && t.EndToken <= trigger.FirstToken && t.Entry.Type != "REQUEST" && !SupportNouns.Carries(tokens[t.FirstToken])) return false;
        return true;
    }

    private static bool CommaBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (tokens[i].IsComma) return true;
        return false;
    }

    // a cue separated from the trigger by a full stop or a colon belongs to another clause
    private static bool CrossesClause<T>(IReadOnlyList<Token> tokens, Lexicons.TrieMatch<T> cue, TriggerMatch trigger)
    {
        int from = Math.Min(cue.EndToken, trigger.EndToken), to = Math.Max(cue.FirstToken, trigger.FirstToken);
        for (int i = from; i < to; i++)
            if (tokens[i].Folded is "." or ":" or "؛" or ";") return true;
        return false;
    }
}
