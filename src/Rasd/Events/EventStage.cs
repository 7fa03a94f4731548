using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Records;
using Rasd.Text;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>Builds events from triggers and the time, figures and entity layers: one record per happening, with mode, arguments, figures, source and evidence.</summary>
public sealed class EventStage : IAnalysisStage, IRecordContributor
{
    /// <summary>Deeds on the ground, which happen somewhere (an unplaced one takes the place of the sentences before it).</summary>
    internal static readonly HashSet<string> LocatedTypes = new(StringComparer.Ordinal) { "ASSAULT", "RETREAT", "MOBILIZE", "COERCE", "AID", "PROTEST" };

    public string Name => "events";

    public void Run(Analysis analysis)
    {
        var candidates = Candidates(analysis);
        // a text with no trigger word and no figure tells no event: none of what follows is needed
        if (candidates.Count == 0 && (analysis.Get<FigureLayer>()?.Figures.Count ?? 0) == 0)
        {
            analysis.Set(new TriggerLayer(new List<TriggerMatch>()));
            analysis.Set(new EventLayer(new List<Event>()));
            Release();
            return;
        }
        // the sentences that tell other reports' news (a page's strip of leads, link lines, related headlines)
        var otherReports = OtherReports.Sentences(analysis);
        // in a match report the sentences about the game use trigger words in their sports sense, and some words have it everywhere
        var sports = SportsReport.Scan(analysis);
        var triggers = Triggers(analysis, candidates, otherReports, sports);
        analysis.Set(new TriggerLayer(triggers));
        var groups = MentionGroups.Of(analysis, triggers);
        // (sized for the groups and a few events of figures, not grown from four)
        var mentions = new List<Event>(groups.Count + 4);
        foreach (var group in groups)
            mentions.Add(Mention(analysis, group));
        // "اتصالات هاتفية مع إردوغان" by Putin and May: one call each
        SeparateCalls.Split(analysis, mentions);
        CountedClauses.Mark(analysis, mentions);
        // (a text without figures attaches none: its callbacks are not even made)
        if (analysis.Get<FigureLayer>() is { Figures.Count: > 0 }) AttachFigures(analysis, mentions, otherReports, sports);
        mentions.Sort((a, b) => a.Triggers[0].FirstToken.CompareTo(b.Triggers[0].FirstToken));
        var events = EventMerger.Merge(analysis, mentions);
        RepeatedFigureEvents.Drop(analysis, events);
        PeriodTally.LendDoers(events);
        foreach (var ev in events) Complete(analysis, ev);
        InterviewDay.Lend(analysis, events);
        // (once dated: a capture's day is often the one its sentence inherits)
        CaptureInCampaign.Fold(events);
        // (the governorates the report names are gathered only for a text with an event that took its places from a region)
        if (events.Exists(static ev => ev.HasRegions))
        {
            var named = RegionNarrowing.NamedGovernorates(analysis, otherReports);
            foreach (var ev in events) RegionNarrowing.Apply(ev, named);
        }
        DocumentPerpetrator.Fill(events);
        FiredWeapon.DropOwnLandAttackers(events);
        BareMentions.Drop(events);
        analysis.Set(new EventLayer(events));
        Release();
    }

    // the figures' events (its own method: the callbacks' closure is made only for a text with figures, not at every Run)
    // (a match report's counts of strikes are kicks: "أهدر رابع ضربة جزاء من أصل 21")
    private static void AttachFigures(Analysis analysis, List<Event> mentions, bool[] otherReports, SportsReport.SportsWords sports) =>
        FigureAttacher.Attach(analysis, mentions, otherReports, (sentence, type) =>
        {
            var m = Mention(analysis, [SyntheticTrigger(analysis, sentence, type)]);
            mentions.Add(m);
            return m;
        }, (figure, type) => ActorsAt(analysis, SyntheticTrigger(analysis, analysis.Get<FigureLayer>()!.Figures[figure], type)),
            (figure, type) => Mention(analysis, [SyntheticTrigger(analysis, analysis.Get<FigureLayer>()!.Figures[figure], type)]),
            sports.IsReport ? sports.Sentences : null, sports.Sentences is null ? null : f => SportsReport.PlayFigure(analysis, f, sports));

    // the per-thread buffers the stage read this text through are let go of
    private static void Release()
    {
        TokenMasks.Release();
        SentenceIndex.ReleaseBuffers();
        TriggerBlockers.ReleaseReach();
    }

    // the trigger words found in a text, before they are sorted out (one list per thread, refilled for each text)
    [ThreadStatic]
    private static List<TriggerMatch>? _candidates;

    /// <summary>The trigger words of the text, before they are sorted out (this thread's list: <see cref="Triggers"/> empties it).</summary>
    private static List<TriggerMatch> Candidates(Analysis analysis)
    {
        var candidates = _candidates ??= [];
        candidates.Clear();
        TriggerLexicon.Default.Find(analysis, candidates);
        NamedOperations.Default.Find(analysis, candidates);
        return candidates;
    }

    /// <summary>Triggers that are not part of a name or a time expression.</summary>
    private static List<TriggerMatch> Triggers(Analysis analysis, List<TriggerMatch> candidates, bool[] otherReports, SportsReport.SportsWords sports)
    {
        // a text with no trigger word needs none of what sorts them out
        if (candidates.Count == 0) return [];
        // (at most every candidate is kept)
        var kept = new List<TriggerMatch>(candidates.Count);
        // tokens covered by a name or a time expression cannot trigger an event
        var covered = CoveredTokens(analysis);
        // where the last retyped trigger ended: "الانسحاب من الاتفاقية" leaves a deal, the deal is no new agreement
        // (unless it is told with the date it was made: "من الاتفاق المبرم في أيار 2019")
        int leftAt = -1;
        // the tables read once per text, not through their static fields per candidate
        var retypes = TriggerRetypes.Default;
        var blockers = TriggerBlockers.Default;
        var preceders = TriggerBlockers.Preceders;
        var requirements = TriggerBlockers.Requirements;
        foreach (var found in candidates)
        {
            var t = retypes.Retype(analysis, found);
            if (!ReferenceEquals(t, found)) leftAt = t.EndToken;
            // "وهاجم ترامب الديمقراطيين": a named public figure attacks in words
            else if (VerbalAttack.Is(analysis, t)) t = t with { Entry = t.Entry with { Type = "ACCUSE", AttackMode = null } };
            else if (t.Entry.Type == "AGREE" && leftAt >= 0 && t.FirstToken >= leftAt && t.FirstToken - leftAt <= 4
                && analysis.Tokens[t.FirstToken - 1].Folded == "من" && !GenericReference.ConcludedOnItsDate(analysis, t)) continue;
            if (SportsReport.InGameSense(analysis, t, sports)) continue;
            if (otherReports[t.SentenceIndex]) continue;
            // "الحكم بإعدام ست نساء": a court's sentence is no attack; passed by a court it is a coercion ("قضت المحكمة بالإعدام")
            if (t.Entry.Type == "ASSAULT" && PunishmentCues.Sentenced(analysis.Tokens, t.FirstToken, t.TokenCount > 1))
            {
                if (!PunishmentCues.SentencePassed(analysis.Tokens, t.FirstToken, t.TokenCount > 1)) continue;
                t = t with { Entry = CourtSentence };
            }
            bool inside = false;
            for (int i = t.FirstToken; i < t.EndToken; i++) inside |= covered[i];
            // "انتقدت الحكومة الاتفاق النووي المبرم عام 2015": a deal dated as made is a background event, whatever is said of it now
            if (!inside && !GenericReference.Is(analysis, t) && !blockers.Blocks(analysis, t)
                && !(preceders.Blocks(analysis, t) && !GenericReference.ConcludedOnItsDate(analysis, t)) && requirements.Allows(analysis, t)
                && !WarningAddressee.Unaddressed(analysis, t) && !PressContact.Is(analysis, t) && !ParticipleCall.NotAnAccusation(analysis, t)
                && !FiredWeapon.Objection(analysis.Tokens, analysis.Sentences[t.SentenceIndex], t)) kept.Add(t);
        }
        // "تظاهر الآلاف رفضا للهجوم": the purpose of a protest is no refusal of its own
        ProtestPurpose.Drop(analysis, kept);
        // the candidates let go of the text's triggers (the list itself stays for the next text)
        candidates.Clear();
        return kept;
    }

    // a death sentence passed by a court: coercion, as a conviction is (CAMEO legal action)
    private static readonly TriggerEntry CourtSentence = new("إعدام", "COERCE", null);

    // which tokens a name or a time expression covers (the first Tokens.Count entries of one buffer per thread, refilled per text)
    [ThreadStatic]
    private static bool[]? _covered;

    private static bool[] CoveredTokens(Analysis analysis)
    {
        int count = analysis.Tokens.Count;
        if (_covered is null || _covered.Length < count) _covered = new bool[Math.Max(count, 1024)];
        var covered = _covered;
        Array.Clear(covered, 0, count);
        var names = analysis.Get<EntityLayer>()?.Mentions ?? [];
        for (int k = 0; k < names.Count; k++)
            if (names[k].IsNamedEntity) for (int i = names[k].FirstToken; i < names[k].EndToken && i < count; i++) covered[i] = true;
        var timexes = analysis.Get<TimexLayer>()?.Timexes ?? [];
        for (int k = 0; k < timexes.Count; k++)
            for (int i = timexes[k].FirstToken; i < timexes[k].EndToken && i < count; i++) covered[i] = true;
        return covered;
    }

    private static Event Mention(Analysis analysis, List<TriggerMatch> triggers)
    {
        var ev = new Event(triggers) { Type = triggers[0].Entry.Type };
        ev.Sentences.Add(triggers[0].SentenceIndex);
        foreach (var t in triggers)
            if ((ev.AttackMode = t.Entry.AttackMode) is not null) break;
        // "واستهدفت الضربات": a plain attack verb says an attack, the definite noun right after it, its subject, says how
        // (not "تعرضوا لهجمات بغازات سامة … غارة": a noun's own phrase, and later attacks of the sentence, keep the plain mode)
        if (ev.AttackMode == "attack" && triggers.Count > 1 && triggers[0].Entry.AttackMode == "attack" && !triggers[0].HasArticle && !triggers[0].HasPreposition
            && triggers[1].FirstToken == triggers[0].EndToken && triggers[1].HasArticle && triggers[1].Entry.AttackMode is { } subjectMode)
            ev.AttackMode = subjectMode;
        foreach (var t in triggers)
        {
            var mode = ModeDetector.Default.Detect(analysis, t);
            if (mode.Strength() > ev.Mode.Strength()) ev.Mode = mode;
            if (!ev.TimeFromText && TimeAttacher.Find(analysis, t, ev.Mode, out bool then) is { } time)
            {
                (ev.Begin, ev.End, ev.TimeFromText, ev.TimeFromAnaphor) = (time.Begin, time.End, true, then);
            }
            ArgumentFinder.Default.Fill(analysis, ev, t);
            WarningAddressee.Apply(analysis, ev, t);
            CarriedSubject.Apply(analysis, ev, t);
            CoordinatedSubject.Apply(analysis, ev, t);
            TemporalClauseSubject.Apply(analysis, ev, t);
            CarriedSubject.ApplyToldOfSelf(analysis, ev, t);
            CarriedSubject.ApplyJoinedVerb(analysis, ev, t);
            OccasionMeeting.Apply(analysis, ev, t);
            ParticipleCall.Apply(analysis, ev, t);
            OwnForces.Apply(analysis, ev, t);
            QuotedSpeaker.Apply(analysis, ev, t);
        }
        // "غاراتهما في المحافظة": the governorate named before, not a place the sentence names later
        GovernorateAnaphor.Apply(analysis, ev, triggers[0]);
        // "غداة الهجوم": the attack was the day before the day its clause tells (moved now if that day is known, else once it is)
        int shift = RelativeDays.Shift(analysis, triggers[0]);
        if (ev.TimeFromText) RelativeDays.Apply(ev, shift);
        else ev.PendingDayShift = shift;
        ev.Source = AttributionFinder.Default.Find(analysis, triggers[0].SentenceIndex);
        // "عملية غصن الزيتون": what the text does not say of a named operation is known
        NamedOperations.Apply(analysis, ev);
        // a happening dated after the report is scheduled, whatever the verb says (before merging, so mentions agree)
        if (ev.TimeFromText && analysis.Published is { } pub && ev.Begin > pub && ev.Mode == EventMode.Actual) ev.Mode = EventMode.Planned;
        return ev;
    }

    // only the arguments, not the mode, time and source a whole mention would work out
    private static List<string> ActorsAt(Analysis analysis, TriggerMatch trigger)
    {
        var ev = new Event { Type = trigger.Entry.Type };
        ev.Triggers.Add(trigger);
        ArgumentFinder.Default.Fill(analysis, ev, trigger);
        return ev.Actors;
    }

    // an event that only a figure announces ("مقتل 5 مدنيين") is anchored at the figure's governing word
    private static TriggerMatch SyntheticTrigger(Analysis analysis, int sentenceIndex, string type) =>
        SyntheticTrigger(analysis, analysis.Get<FigureLayer>()!.Figures.First(x => x.SentenceIndex == sentenceIndex), type);

    private static TriggerMatch SyntheticTrigger(Analysis analysis, Figure f, string type)
    {
        int sentenceIndex = f.SentenceIndex;
        var span = f.GoverningSpan.Length > 0 ? f.GoverningSpan : f.Span;
        int first = analysis.TokenAtOrAfter(span.Start);
        int end = Math.Max(first + 1, analysis.TokenAtOrAfter(span.End));
        return new TriggerMatch(new TriggerEntry(span.Of(analysis.Text), type, null) { FromFigure = true }, first, end - first, span, sentenceIndex, "", false);
    }

    // the first sentence of the body that tells the event: a headline that tells it too sets no day for the body to inherit
    // from ("الأسد … ويهدد بتصفية …" over "نشرت الخميس. وهدد الأسد …": the threat takes the lead's Thursday)
    private static int FirstBodySentence(Analysis analysis, Event ev)
    {
        int headlineEnd = EventMerger.HeadlineEnd(analysis.Text);
        if (headlineEnd < 0) return ev.Sentences.Min;
        foreach (var s in ev.Sentences)
            if (analysis.Sentences[s].Span.Start > headlineEnd) return s;
        return ev.Sentences.Min;
    }

    private static void Complete(Analysis analysis, Event ev)
    {
        var published = analysis.Published;
        if (ev.TimeFromText && published is { } pub && ev.Begin > pub && ev.Mode == EventMode.Actual) ev.Mode = EventMode.Planned;
        // (a statement still made, "وتتهمه أنقرة", is not dated by an old day of the clause or sentence before)
        bool present = !ev.TimeFromText && ev.Mode == EventMode.Actual && PresentStatement.Is(analysis, ev.Triggers[0]);
        if (!ev.TimeFromText && ev.Mode == EventMode.Actual && TimeAttacher.FromEarlierClause(analysis, ev.Triggers[0]) is { } shared
            && !(present && PresentStatement.Old(analysis, shared)))
            (ev.Begin, ev.End, ev.TimeFromText) = (shared.Begin, shared.End, true);
        if (!ev.TimeFromText && ev.Mode == EventMode.Actual && TimeAttacher.Inherited(analysis, FirstBodySentence(analysis, ev)) is { } inherited
            && !(present && PresentStatement.Old(analysis, inherited)))
            (ev.Begin, ev.End, ev.TimeFromText) = (inherited.Begin, inherited.End, true);
        if (!ev.TimeFromText && published is { } p) (ev.Begin, ev.End) = (p, p);
        RelativeDays.Apply(ev, ev.PendingDayShift);
        // "قضت محكمة نمساوية بسجن شيشاني لانضمامه إلى متطرفين في سوريا": a state's court or police acts at home
        DomesticAuthority.Apply(analysis, ev);
        // "اعتقال 851 شخصا في 34 ولاية تركية": a place told by its kind and nationality is the country, before any inherited place
        if (ev.Places.Count == 0 && LocatedTypes.Contains(ev.Type) && NationalPlaces.Of(analysis, ev) is { } national) ev.Places.Add(national);
        if (ev.Places.Count == 0 && LocatedTypes.Contains(ev.Type)) InheritPlaces(analysis, ev);
        // civilians who leave with the fighters are not the ones who withdraw
        if (ev.Type == "RETREAT" && ev.Actors.Any(ActorCode.IsArmed)) ev.Actors.RemoveAll(a => ActorCode.Sector(a) == "CVL");
        if (ev.Type == "RETREAT") CountedFleeing.Apply(analysis, ev);
        // "رفض آلاف المقاتلين الخروج": those who did not leave are no count of the displaced
        if (ev.Type == "RETREAT" && ev.Mode == EventMode.Negated) ev.Figures.Clear();
        // a government or an army is what people protest against, never the protesters: "احتجاجات ضد حكومة الأسد" are Syrians'
        // against SYRGOV, "خروج آلاف الإيرانيين إلى الشوارع" ("الإيرانيين" read as the Iranian side) are Iranian civilians;
        // "آلاف الفلسطينيين" protesting on the border with Israel are Palestinian civilians, not Israel's
        if (ev.Type == "PROTEST")
            foreach (var state in ev.Actors.Where(a => ActorCode.Sector(a) is "GOV" or "MIL").ToList())
            {
                ev.Actors.Remove(state);
                if (!ev.Targets.Contains(state)) ev.Targets.Add(state);
                if (ev.Actors.Count == 0)
                    ev.Actors.Add(ProtesterNationality.Of(analysis, ev) is { } people ? people + "CVL" : ActorCode.With(state, "CVL"));
            }
        // "وتظاهر آلاف الإيرانيين ضد الحكومة": a protest with no side named as its makers is made by the people its sentence names
        if (ev.Type == "PROTEST" && ev.Actors.Count == 0 && ProtesterNationality.Named(analysis, ev) is { } protesters) ev.Actors.Add(protesters + "CVL");
        // civilians do not arrest, detain or besiege: civilians named with a coercion ("يعانون الحصار") are the ones it falls on
        if (ev.Type == "COERCE")
        {
            foreach (var civilians in ev.Actors.Where(a => ActorCode.Sector(a) == "CVL").ToList())
                if (!ev.Targets.Contains(civilians)) ev.Targets.Add(civilians);
            // with the civilians taken for its subject, the forces were read as its object: they are the ones who besiege
            if (ev.Actors.RemoveAll(a => ActorCode.Sector(a) == "CVL") > 0 && ev.Actors.Count == 0)
            {
                ev.Actors.AddRange(ev.Targets.Where(ActorCode.IsArmed));
                ev.Targets.RemoveAll(ActorCode.IsArmed);
            }
        }
        VictimRanks.Apply(analysis, ev);
        // people counted as civilians, children or women were the targets
        var figures = analysis.Get<FigureLayer>();
        // so were people killed or hurt when no fighters are named among them
        bool casualties = false, fighters = false;
        // children, women and civilians counted among the dead were civilians hit, whoever else was
        bool civilianDead = false;
        if (figures is not null)
            foreach (var i in ev.Figures)
            {
                var f = figures.Figures[i];
                casualties |= f.Role is "killed" or "injured" && f.Group is "civilians" or "children" or "women" or "all";
                fighters |= f.Group == "fighters";
                civilianDead |= f.Role is "killed" or "injured" && f.Group is "civilians" or "children" or "women";
            }
        fighters = fighters || ev.Targets.Any(ActorCode.IsArmed);
        if (ev.Type == "ASSAULT" && (civilianDead || casualties && !fighters))
        {
            var country = ev.Places.Count == 0 ? "SYR" : ev.Places[0].StartsWith("SY", StringComparison.Ordinal) && ev.Places[0].Length > 3 ? "SYR" : ev.Places[0];
            if (!ev.Targets.Any(t => ActorCode.Sector(t) == "CVL")) ev.Targets.Add(country + "CVL");
        }
        VictimNationalities.Apply(analysis, ev);
        CivilianNationality.Apply(analysis, ev);
        ReportCountrySides.Apply(analysis, ev);
        HeldNationality.Apply(analysis, ev);
        if (ev.Source is null)
            foreach (var s in ev.Sentences)
                if ((ev.Source = AttributionFinder.Default.Find(analysis, s)) is not null) break;
    }

    // the nearest earlier sentence that names a place, else the title, else the article's most named governorate
    private static void InheritPlaces(Analysis analysis, Event ev)
    {
        int first = ev.Sentences.Min;
        for (int s = first - 1; s >= Math.Max(0, first - 2); s--)
        {
            ArgumentFinder.AddPlacesBesidesGovernments(ev, ArgumentFinder.MentionsIn(analysis, analysis.Sentences[s]));
            if (ev.Places.Count > 0) return;
        }
        // (not when the event is told in the title itself: its own sentence was read with its roles, and gave no place)
        if (analysis.Sentences.Count > 0 && first > 0)
        {
            ArgumentFinder.AddPlacesBesidesGovernments(ev, ArgumentFinder.MentionsIn(analysis, analysis.Sentences[0]));
            if (ev.Places.Count > 0) return;
        }
        if (MostNamedGovernorate.Of(analysis) is { } top) ev.Places.Add(top);
    }

    public void Contribute(Analysis analysis, RasdRecord record)
    {
        var layer = analysis.Get<EventLayer>();
        if (layer is null || layer.Events.Count == 0) return;
        var figures = analysis.Get<FigureLayer>()?.Figures ?? [];
        // a figure repeated in the title, the lead and the body is one figure: keep its first mention
        List<Figure>? kept = null;
        var names = new SummaryNames(analysis);
        var texts = new RecordTexts(analysis);
        int n = 0;
        // (an index loop: a foreach over the read-only list boxed an enumerator per document)
        for (int k = 0; k < layer.Events.Count; k++)
        {
            var ev = layer.Events[k];
            var (acledType, acledSub) = AcledMapping.Default.Map(ev.Type, ev.AttackMode);
            var location = ev.Location;
            // an empty list is left as the record's own (a copy of an empty list would only replace it)
            var er = new EventRecord(EventId(++n), ev.Type, ev.Mode.ToName())
            {
                Time = ev.Begin is { } b && ev.End is { } e ? texts.Days(b, e) : null,
                Source = ev.Source,
                Trigger = TriggerText(analysis.Text, ev),
                AttackMode = ev.AttackMode,
                Summary = SummaryWriter.Write(analysis, ev, names, SummaryWriter.AskedFor(layer.Events, ev)),
                Acled = new Records.AcledFields(acledType, acledSub, ev.TimeFromText ? AcledMapping.TimePrecision(ev.Begin, ev.End) : 3,
                    location?.Precision, location?.Name, location?.Latitude, location?.Longitude),
            };
            AddEvidence(er.Evidence, ev, texts);
            if (ev.Actors.Count > 0) er.Actors.AddRange(ev.Actors);
            if (ev.Targets.Count > 0) er.Targets.AddRange(ev.Targets);
            if (ev.Places.Count > 0) er.Places.AddRange(ev.Places);
            if (ev.Figures.Count > 0) AddFigureRecords(er.Figures, analysis.Text, figures, ev, kept ??= []);
            record.Events.Add(er);
        }
        names.Release();
    }

    // "e1", "e2", …: the first ids made once for every document (a report has a few events)
    private static readonly string[] EventIds = [.. Enumerable.Range(1, 32).Select(i => $"e{i}")];

    private static string EventId(int n) => n <= EventIds.Length ? EventIds[n - 1] : $"e{n}";

    // whether a figure kept already says the same (a loop, not kept.Exists: a lambda over the figure made a closure per figure)
    private static bool Repeats(IReadOnlyList<Figure> figures, List<Figure> kept, Figure f)
    {
        foreach (var k in kept)
            if (FigureRepeats.Same(figures, k, f)) return true;
        return false;
    }

    // the event's figures, each (role, group, value) once in the document, except breakdowns of different totals
    private static void AddFigureRecords(List<FigureRecord> records, string text, IReadOnlyList<Figure> figures, Event ev, List<Figure> kept)
    {
        foreach (var i in ev.Figures)
        {
            var f = figures[i];
            if (Repeats(figures, kept, f)) continue;
            kept.Add(f);
            records.Add(ToRecord(text, QualifiedRepeat(figures, ev, f) ?? f));
        }
    }

    // "39 قتيلا في انفجار …" over "قتل 39 شخصاً على الأقل": a title drops the qualifier its body gives the same count; the body's
    // mention tells the figure as the report has it
    private static Figure? QualifiedRepeat(IReadOnlyList<Figure> figures, Event ev, Figure title)
    {
        if (title.SentenceIndex != 0 || title.Qualifier != "exact" || title.Low != title.High) return null;
        // the body's first mention of it (a later one may round it: "45 عنصرا" … "نحو 45 إرهابيا" in a quoted statement)
        Figure? first = null;
        foreach (var i in ev.Figures)
        {
            var g = figures[i];
            if (g.SentenceIndex > 0 && FigureRepeats.Same(figures, title, g) && (first is null || g.Span.Start < first.Span.Start)) first = g;
        }
        return first is { Qualifier: not "exact" } ? first : null;
    }

    // into the record's own list, sized for them (a list of its own would leave the record's empty one made for nothing)
    private static void AddEvidence(List<SpanRecord> evidence, Event ev, RecordTexts texts)
    {
        evidence.EnsureCapacity(ev.Sentences.Count);
        foreach (var s in ev.Sentences) evidence.Add(texts.Evidence(s));
    }

    // the triggers' words, each once, in order
    private static string TriggerText(string text, Event ev)
    {
        if (ev.Triggers.Count == 1) return SpanStrings.Of(text, ev.Triggers[0].Span);
        var words = new List<string>(ev.Triggers.Count);
        foreach (var t in ev.Triggers)
        {
            var w = SpanStrings.Of(text, t.Span);
            if (!words.Contains(w)) words.Add(w);
        }
        return string.Join(" | ", words);
    }

    private static FigureRecord ToRecord(string text, Figure f) => new(f.Role, f.Group, f.Value, f.Qualifier)
    {
        Low = f.Low,
        High = f.High,
        Vague = f.Vague,
        Relation = f.InsideOf is not null ? "inside" : f.InAdditionTo is not null ? "in_addition" : null,
        Start = f.Span.Start,
        End = f.Span.End,
        Text = SpanStrings.Of(text, f.Span),
    };
}
