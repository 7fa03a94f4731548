using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Fills an event mention's actors, targets and places from the entity layer, using role cues and Arabic clause order.</summary>
public sealed class ArgumentFinder
{
    private readonly CueLexicon _roleCues;

    public ArgumentFinder(CueLexicon roleCues)
    {
        _roleCues = roleCues;
    }

    public static ArgumentFinder Default { get; } = new(CueLexicon.Load("event_role_cues"));

    /// <summary>The role cues (data/event_role_cues.tsv) this finder reads: من قبل، شنتها → actor; على → target; …</summary>
    public CueLexicon RoleCues => _roleCues;

    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    // what is said is located where what it speaks of happened: a condemnation of strikes on Idlib is about Idlib
    internal static readonly HashSet<string> SpeechActs = new(StringComparer.Ordinal) { "ACCUSE", "CONCEDE", "REQUEST", "REJECT", "SUPPORT", "THREATEN" };

    /// <summary>Mentions of the sentence that holds the trigger.</summary>
    public static IReadOnlyList<EntityMention> MentionsIn(Analysis analysis, Sentence sentence) => SentenceIndex.For(analysis).Mentions(sentence.Index);

    public void Fill(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        // arguments come from the trigger's own coordinated clause
        int clause = Clauses.Of(analysis, sentence, trigger.FirstToken);
        var mentions = MentionsIn(analysis, sentence).Where(m => Clauses.Of(analysis, sentence, m.FirstToken) == clause).ToList();
        // two attacks told in one sentence each take the names that follow them
        if (ev.Type == "ASSAULT") mentions.RemoveAll(m => AttackOwnership.OfAnotherAttack(analysis, ev, m));
        var cues = _roleCues.InSentence(analysis, sentence).ToList();
        var actors = new List<(string Code, int Token)>();
        var speakingCities = new HashSet<EntityMention>();
        bool hostAdded = false;
        foreach (var m in mentions)
        {
            // "أدانت الفصائل الهجوم": who speaks of a deed takes no part in it (nor is it where the deed happened)
            if (!SpeechActs.Contains(ev.Type) && !Symmetric.Contains(ev.Type) && StatementRoles.SpeakerOfStatementBefore(analysis, trigger, m, mentions))
            {
                speakingCities.Add(m);
                continue;
            }
            // "انتقد دمشق": the capital a statement is about stands for its government even where it resolved to a governorate
            // (right after the verb it is the speaker; a word further on, only when someone else speaks: "وطالب الأكراد دمشق" names no speaker Rasd knows)
            var actor = m.Actor ?? (SpeechActs.Contains(ev.Type) && StatementRoles.RightAfterVerb(analysis.Tokens, trigger, m, mentions)
                && (m.FirstToken == trigger.EndToken || mentions.Any(x => x != m && x.Actor is not null && x.EndToken <= m.FirstToken && x.FirstToken != m.FirstToken))
                ? StatementRoles.CapitalGovernment(m) : null)
                // "حذرت باريس من أنه سيكون هناك رد": the capital that says or warns before a threat or a call in its clause is the one who makes it
                ?? (SpeakerBefore(analysis, sentence, ev, trigger, m) ? StatementRoles.CapitalGovernment(m) : null)
                // "غارات شنتها دمشق مع حليفتها موسكو": a capital cued as the one who carries out an attack is its state's forces
                ?? (ev.Type == "ASSAULT" && CuedActor(analysis.Tokens, cues, m, mentions) ? StatementRoles.CapitalGovernment(m) : null);
            if (actor is null) continue;
            if (m.Actor is null) speakingCities.Add(m); // a capital that stands for its government is no place of the event
            // "موسكو قالت", "بحسب أنقرة": a capital next to a verb of saying is its government speaking
            if (m.Type == EntityType.Loc && m.GeoPrecision == 1 && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m)) speakingCities.Add(m);
            // a group phrase ("الدول الضامنة") stands for several actors at once
            foreach (var code in ActorCode.Members(actor))
            {
                // a news outlet speaks ("اتهمت وكالة سانا") or is attacked or seized — it is never what a statement is made to
                // ("قال لـ CNN", "في مقابلة مع بي بي سي"), nor a party to any other deed it reports
                if (ActorCode.Sector(code) == "MED" && (ToldTo(analysis.Tokens, m) || !SpeechActs.Contains(ev.Type) && ev.Type is not ("ASSAULT" or "COERCE"))) continue;
                string? cued = null;
                foreach (var c in cues)
                    if (CueReaches(analysis.Tokens, c, m)) cued = _roleCues.Cell(c.Value, "role");
                // "قتلى من حزب الله": those who lost people were the ones attacked — of an attack only, not of a denial or a call
                if (cued == "victim") cued = ev.Type == "ASSAULT" ? "target" : null;
                // "شنتها واشنطن وباريس ولندن": names coordinated with an actor-cued one share its cue
                cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "actor") ? "actor" : null;
                // a city stands for its state only as the subject of a verb ("قالت موسكو"), never "في موسكو" or as a topic
                bool isCity = m.Type == EntityType.Loc && m.GeoPrecision is 1 or 2;
                // "فصيل مدعوم من أنقرة": the backer describes a party; it takes no part in the deed
                if (cued is "topic" or "place" or "backer") continue;
                // "إدلب التي تسيطر عليها المعارضة": who holds a place describes it; it takes no part in the event
                if (cued == "controller") continue;
                // "وكشف المرصد أن …": the monitor or agency that reports an event takes no part in it
                // (nor does the UN that announces a displacement or an attack: it neither flees nor fights; and an outlet that reports
                // a call or a condemnation, "… حسبما قالت وكالة رويترز", is no party to that either)
                if ((!SpeechActs.Contains(ev.Type) && (ActorCode.Sector(code) is "NGO" or "MED" || code == "IGO" && ev.Type is "ASSAULT" or "RETREAT" or "COERCE")
                    || ActorCode.Sector(code) == "MED") && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m)) continue;
                if (cued == "target" && Symmetric.Contains(ev.Type)) continue; // "المبعوث … إلى سوريا": a destination, not a party
                // "اتفاق على خطة لسحب وحدات حماية الشعب": whom a deal moves is what it is about, not a party to it
                if (cued == "content" && Symmetric.Contains(ev.Type)) continue;
                if (ev.Type == "ASSAULT")
                {
                    // "على مواقع للنظام السوري والميليشيات الإيرانية": names coordinated with a target are targets too
                    cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "target") ? "target" : null;
                    var sector = ActorCode.Sector(code);
                    // "غارات على مواقع النظام": a government that is hit is hit in its forces (a capital so cued is a place)
                    if (cued == "target" && sector == "GOV" && m.Type != EntityType.Loc) { Add(ev.Targets, ActorCode.With(code, "MIL")); continue; }
                    if (sector == "CVL" || (cued == "target" && sector != "GOV") || CountedVictims(analysis, m)) { Add(ev.Targets, code); continue; }
                    // "بدأ مسلحو أحرار الشام الخروج … بعد سنوات من الحصار والقصف": fighters whose nearest event is another kind are that event's;
                    // "خيروا جيش الإسلام بين الاستسلام أو الهجوم": the threatened are not the attackers (but the accused, the called upon, the denier and the supported — "الجيش، بدعم من …، شن" — are)
                    if (ActorCode.IsArmed(code) && cued != "actor" && PlaceOwner(analysis, trigger, m, clause) is { } owner && owner.Entry.Type != "ASSAULT"
                        && owner.Entry.Type is not ("ACCUSE" or "REQUEST" or "REJECT" or "SUPPORT")) continue;
                    if (ActorCode.IsArmed(code)) { Add(ev.Actors, code); continue; }
                    // "قصف المعارضة": the opposition that shells is its armed factions
                    if (sector == "OPP" && TiedToTrigger(analysis.Tokens, trigger, m, mentions)) { Add(ev.Actors, ActorCode.With(code, "REB")); continue; }
                    // a state attacks with its forces, but only a state tied to this trigger: "هجمات نظام الأسد وروسيا", "من قبل …", "تشنها …"
                    if (sector == "GOV" && (cued == "actor" || (!isCity && TiedToTrigger(analysis.Tokens, trigger, m, mentions))))
                    {
                        Add(ev.Actors, ActorCode.With(code, "MIL"));
                        // "شنتها … موسكو": the capital that attacks is not where the attack happened
                        if (isCity) speakingCities.Add(m);
                    }
                    continue;
                }
                // "زار المبعوث بكين", "زيارة الوزير لواشنطن": the host of a visit takes part in the talks
                if (ev.Type == "CONSULT" && m.FirstToken >= trigger.EndToken && (isCity || m.GeoPrecision == 3) && IsVisit(trigger) && !HasCue(cues, m, "place")
                    && !hostAdded)
                {
                    hostAdded = true;
                    Add(ev.Actors, ActorCode.With(code, "GOV"));
                    continue;
                }
                // …but "تهدد أنقرة", "قالت موسكو": a capital right after a verb is its government speaking
                // ("انتقد ضمنا دمشق": one adverb may stand between a statement verb and the capital it is about)
                bool nextToVerb = m.FirstToken == trigger.EndToken
                    || (SpeechActs.Contains(ev.Type) && m.FirstToken == trigger.EndToken + 1 && analysis.Tokens[trigger.EndToken].IsWord && !mentions.Any(x => x.FirstToken == trigger.EndToken))
                    // "إن موسكو تطالب": after "إن/أن" the subject comes before its verb
                    || (m.EndToken == trigger.FirstToken && trigger.Proclitics.Length == 0 && m.FirstToken > 0 && TimeAttacher.IsComplementizer(analysis.Tokens[m.FirstToken - 1]))
                    || SpeakerBefore(analysis, sentence, ev, trigger, m);
                // "فرض عقوبات على طهران": the capital sanctions fall on is its state, the one sanctioned (never the one who sanctions)
                if (isCity && ev.Type == "SANCTION" && cued == "target")
                {
                    speakingCities.Add(m);
                    Add(ev.Targets, code);
                    continue;
                }
                if (isCity && (Symmetric.Contains(ev.Type) || !nextToVerb || trigger.HasArticle)) continue;
                if (isCity) speakingCities.Add(m);
                // in Syria news "سوريا" is the setting or the subject of talks; its government is named as such ("الحكومة السورية", "دمشق")
                if (m.Type == EntityType.Loc && m.Id == "SYR") continue;
                if (Symmetric.Contains(ev.Type))
                {
                    // "بعد فشل الاجتماعات بالحد من هجمات نظام الأسد": the attackers belong to the attacks, not to the talks
                    if (OwnedByOtherTrigger(analysis, trigger, m, mentions)) continue;
                    // talks and deals are between governments and factions; an army named elsewhere in the clause is doing something else
                    if (ActorCode.Sector(code) == "MIL" && cued != "actor" && !TiedToTrigger(analysis.Tokens, trigger, m, mentions)) continue;
                    if (ActorCode.IsParty(code)) Add(ev.Actors, code);
                    else if (ActorCode.Sector(code) == "CVL") Add(ev.Targets, code);
                    continue;
                }
                actors.Add((code, m.FirstToken));
                if (cued == "target") Add(ev.Targets, code);
            }
        }
        // a nationality adjective on the trigger phrase names the force: "قصف تركي", "رتل عسكري تركي", "غارات روسية"
        if (ev.Type is "ASSAULT" or "MOBILIZE")
            foreach (var iso in NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues)) Add(ev.Actors, iso + "MIL");
        // "غارات على أهداف عسكرية سورية وإيرانية": the adjectives of a military target name the forces hit
        if (ev.Type == "ASSAULT")
            foreach (var iso in TargetNationalities.Of(analysis, trigger, sentence, MentionsIn(analysis, sentence), cues.Where(c => _roleCues.Cell(c.Value, "role") == "target")))
                if (!ev.Actors.Contains(iso + "MIL")) Add(ev.Targets, iso + "MIL");
        // …and the state that imposes sanctions: "العقوبات الأمريكية" (not of aid: "المساعدات للأسر السورية" names who receives it)
        if (ev.Type == "SANCTION")
            foreach (var iso in NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues))
                if (!ev.Targets.Contains(iso + "GOV")) Add(ev.Actors, iso + "GOV");
        bool firstTrigger = ev.Triggers.Count == 0 || ev.Triggers[0] == trigger;
        // talks whose own clause names nobody: the parties named in the sentence's other, event-free clauses
        if (Symmetric.Contains(ev.Type) && ev.Actors.Count == 0)
            foreach (var code in UnclaimedParties.Of(analysis, trigger)) Add(ev.Actors, code);
        // "واتهمت روسيا بقصف …": nobody named before the verb and the charge right after its one name: that name is the accused
        if (ev.Type == "ACCUSE" && firstTrigger && actors.Count > 0 && actors.All(a => a.Token >= trigger.EndToken)
            && ChargedObject.Accused(analysis.Tokens, trigger, mentions, actors.Min(a => a.Token)) && actors.Min(a => a.Token) is var accused)
        {
            foreach (var a in actors.Where(a => a.Token == accused)) Add(ev.Targets, a.Code);
            actors.Clear();
            // "دمشق ترد … وتتهم باريس بالتبعية": the name that opens the sentence is the subject of its coordinated verbs
            if (MentionsIn(analysis, sentence).FirstOrDefault() is { } opener && opener.FirstToken == sentence.FirstToken && opener.EndToken <= trigger.FirstToken
                && (opener.Actor ?? StatementRoles.CapitalGovernment(opener)) is { } openerCode)
            {
                speakingCities.Add(opener);
                foreach (var code in ActorCode.Members(openerCode)) if (!ev.Targets.Contains(code)) Add(ev.Actors, code);
            }
        }
        if (!Symmetric.Contains(ev.Type) && ev.Type != "ASSAULT" && actors.Count > 0 && firstTrigger)
        {
            // verb-subject-object, but after "إن/أن" the subject often comes first ("إن المدنيين … يناشدون");
            // a verbal noun's agent follows it or was named before it
            int segment = SentenceIndex.For(analysis).Segment(trigger.FirstToken);
            var after = actors.Where(a => a.Token >= trigger.EndToken).ToList();
            // a mention that overlaps the trigger itself counts as before it
            var before = actors.Where(a => a.Token < trigger.EndToken).ToList();
            var sameSegmentBefore = before.Where(a => SentenceIndex.For(analysis).Segment(a.Token) == segment && segment > 0).ToList();
            // "تقضي بانسحاب وحدات حماية الشعب": leaving is intransitive, so the name right after its verbal noun is who leaves
            bool nounAgent = ev.Type == "RETREAT" && after.Count > 0 && after[0].Token == trigger.EndToken && trigger.HasPreposition;
            // "تركيا تتهم واشنطن بدعم …", "داعش يهدد ترامب": a name that opens the sentence (or follows a colon or comma) right
            // before a verb without و is its subject — the order of headlines; the name after the verb is then its object
            var fronted = before.Where(a => IsFrontedSubject(analysis, sentence, trigger, mentions, a.Token)).ToList();
            // "وكانت بريطانيا، وفرنسا، وألمانيا قد حثت الولايات المتحدة": the names framed by كان … قد are all the subject
            var framed = PluperfectFrame.Subject(analysis.Tokens, sentence.FirstToken, trigger) is var (from, to)
                ? before.Where(a => a.Token >= from && a.Token < to).ToList() : [];
            // "وجهت الحكومة الألمانية انتقادات لـ…": the name between a verb that carries the event noun and that noun is its agent
            var carried = before.Where(a => CarriedAgent(analysis.Tokens, trigger, mentions, a.Token)).ToList();
            // "ندعو روسيا إلى …": a verb in the first person has the speaker for subject, and the speaker is named before it or not at all;
            // the name after it is the one it addresses
            if (trigger.Entry.FirstPerson && before.Count == 0) Add(ev.Targets, after[0].Code);
            // "دعت المملكة الحكومة السورية", "اتهم التقرير الحكومة العراقية": a one-word subject Rasd cannot name stands right after the
            // verb and the name right after it is the object (verb, subject, object), never the subject
            else if (after.Count > 0 && framed.Count == 0 && carried.Count == 0 && fronted.Count == 0 && sameSegmentBefore.Count == 0 && !trigger.HasArticle
                && UnnamedSubject(analysis, trigger, after[0].Token) is >= 0 and var unnamed && unnamed + 1 == after[0].Token
                && !trigger.Entry.Possessive
                // "دعمها الكامل للحكومة": a name behind a preposition is no object
                && !(analysis.Tokens[after[0].Token].Folded[0] is 'ل' or 'ب' && analysis.Tokens[after[0].Token].Readings.Any(r => r.Proclitics.Contains('ل') || r.Proclitics.Contains('ب')))
                // "ندد الفلسطينيون والأردن": a name joined with و is a second subject
                && !analysis.Tokens[after[0].Token].Readings.Any(r => r.Proclitics.StartsWith('و'))
                && mentions.FirstOrDefault(x => x.FirstToken == after[0].Token) is { Type: EntityType.Org or EntityType.Loc, IsNamedEntity: true })
                Add(ev.Targets, after[0].Code);
            else
            {
                (string Code, int Token) subject =
                    framed.Count > 0 ? framed[0]
                    : nounAgent ? after[0]
                    : carried.Count > 0 ? carried[^1]
                    : fronted.Count > 0 ? fronted[^1]
                    : sameSegmentBefore.Count > 0 ? sameSegmentBefore[^1]
                    : after.Count > 0 && !trigger.HasArticle && !trigger.Entry.Possessive && !trigger.Entry.FirstPerson ? after[0]
                    : before.Count > 0 ? before[^1]
                    : after[0];
                // "روسيا والصين": coordinated subjects act together (walk back to the head of the chain first)
                foreach (var a in actors.Where(a => a.Token < subject.Token).Reverse())
                {
                    var head = mentions.First(x => x.FirstToken == subject.Token);
                    var prev = mentions.FirstOrDefault(x => x.FirstToken == a.Token);
                    if (prev is null || head.FirstToken - prev.EndToken > 0 || !analysis.Tokens[head.FirstToken].Folded.StartsWith('و')) break;
                    subject = a;
                }
                // a group phrase puts several codes on one token
                foreach (var a in actors.Where(a => a.Token == subject.Token))
                    if (!ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
                var coordinated = new HashSet<int> { subject.Token };
                foreach (var a in framed)
                    if (coordinated.Add(a.Token) && !ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
                foreach (var a in actors.Where(a => a.Token > subject.Token))
                {
                    var prev = mentions.LastOrDefault(x => x.EndToken <= a.Token && coordinated.Contains(x.FirstToken));
                    if (prev is null || a.Token - prev.EndToken > 0 || !analysis.Tokens[a.Token].Folded.StartsWith('و')) break;
                    coordinated.Add(a.Token);
                    if (!ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
                }
                // the object: the first other actor after the trigger
                var obj = after.FirstOrDefault(a => !coordinated.Contains(a.Token) && !ev.Actors.Contains(a.Code));
                if (obj.Code is not null && !ev.Actors.Contains(obj.Code)) Add(ev.Targets, obj.Code);
            }
        }
        // "حمّل إبراهيم روسيا وتركيا المسؤولية": the names right before the responsibility are the ones blamed, not its speaker
        if (ev.Type == "ACCUSE" && firstTrigger)
            foreach (var m in BlameWords.HeldResponsible(analysis, trigger, mentions))
                if ((m.Actor ?? StatementRoles.CapitalGovernment(m)) is { } blamedCode)
                    foreach (var code in ActorCode.Members(blamedCode))
                    {
                        ev.Actors.Remove(code);
                        Add(ev.Targets, code);
                    }
        // "انتقد لافروف دمشق لمنعها دخول المساعدات", "اتهمت أنقرة النظام بقصف …": the one a statement blames does what it is
        // blamed for, and the one who speaks does not
        if (!SpeechActs.Contains(ev.Type) && !Symmetric.Contains(ev.Type) && StatementRoles.BlamedFor(analysis, trigger, mentions) is var (blamed, blamedMention))
        {
            // the speaker and the blamed capital stand for governments, not for where the deed happened
            foreach (var x in mentions)
                if (x.Type == EntityType.Loc && x.GeoPrecision is 1 or 2 && x.EndToken <= blamedMention.FirstToken || x == blamedMention && x.Actor is null) speakingCities.Add(x);
            var code = ev.Type == "ASSAULT" && ActorCode.Sector(blamed) == "GOV" ? ActorCode.With(blamed, "MIL") : blamed;
            if (ev.Type != "ASSAULT") ev.Actors.Clear();
            ev.Targets.Remove(code);
            Add(ev.Actors, code);
        }
        // an outlet reports arrests and sieges, it does not make them
        if (ev.Type == "COERCE") ev.Actors.RemoveAll(a => ActorCode.Sector(a) == "MED");
        // a state deploys its forces ("نشرت تركيا تعزيزات" is the Turkish military); an opposition that moves or withdraws is its fighters
        if (ev.Type is "MOBILIZE" or "RETREAT")
        {
            var forces = ev.Actors.Select(a => ActorCode.Sector(a) switch
            {
                "GOV" when ev.Type == "MOBILIZE" => ActorCode.With(a, "MIL"),
                "OPP" => ActorCode.With(a, "REB"),
                _ => a,
            }).Distinct().ToList();
            ev.Actors.Clear();
            ev.Actors.AddRange(forces);
        }
        // "تهدد أنقرة": a capital that speaks for its government is not where the event happens
        var placed = mentions.Where(m => m.Places.Count > 0 && !speakingCities.Contains(m) && !NotWhere(cues, m) && !IsLocator(m, mentions) && !PlaceOwnedByOther(analysis, trigger, m, clause)).ToList();
        if (Symmetric.Contains(ev.Type))
        {
            // talks and deals happen at a venue ("في موسكو"); the regions they concern are their topic
            var venues = placed.Where(m => m.FirstToken >= ev.Triggers[0].EndToken && HasCue(cues, m, "place") && (m.GeoPrecision == 1 || m.Places.All(p => p.Length == 3 && p != "SYR"))).ToList();
            if (venues.Count > 0) placed = venues;
            // "اتفاق … على إجلاء مقاتليها من جوبر وعربين": a deal with no venue is placed where the departure it settles happens
            else if (ev.Type == "AGREE")
                placed.AddRange(mentions.Where(m => m.Places.Count > 0 && m.FirstToken > trigger.EndToken && !placed.Contains(m) && !IsLocator(m, mentions)
                    && PlaceOwner(analysis, trigger, m, clause) is { Entry.Type: "RETREAT" } owner && owner.FirstToken > trigger.FirstToken));
        }
        AddPlaces(ev, placed, m => HasCue(cues, m, "place"));
        // people leave for somewhere: "… وبات عدد الخارجين 16433 باتجاه إدلب" names the destination in a later clause
        if (ev.Type == "RETREAT")
            AddPlaces(ev, MentionsIn(analysis, sentence).Where(m => m.Places.Count > 0 && m.FirstToken > trigger.EndToken && IsDestination(analysis.Tokens, m)
                && !PlaceOwnedByOther(analysis, trigger, m, Clauses.Of(analysis, sentence, m.FirstToken))), _ => true);
        // nothing left to the trigger: the places its own sentence names beat those of sentences before it
        if (ev.Places.Count == 0 && !Symmetric.Contains(ev.Type))
            AddPlaces(ev, mentions.Where(m => m.Places.Count > 0 && !speakingCities.Contains(m) && !NotWhere(cues, m) && !IsLocator(m, mentions)), m => HasCue(cues, m, "place"));
    }

    /// <summary>
    /// With several kinds of event in one clause, a place belongs to the nearest trigger before it (else the first after it):
    /// "نشرت نقطة مراقبة في إدلب في سياق تنفيذ اتفاق أستانة" locates the post in Idlib and the deal in Astana.
    /// </summary>
    private static bool PlaceOwnedByOther(Analysis analysis, TriggerMatch trigger, EntityMention m, int clause) =>
        !SpeechActs.Contains(trigger.Entry.Type) && PlaceOwner(analysis, trigger, m, clause) is { } owner && owner.Entry.Type != trigger.Entry.Type;

    /// <summary>The trigger of the clause a place belongs to: the nearest one before it, else the first after it.</summary>
    private static TriggerMatch? PlaceOwner(Analysis analysis, TriggerMatch trigger, EntityMention m, int clause)
    {
        var all = analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex);
        if (all is null) return null;
        TriggerMatch? before = null, after = null;
        foreach (var t in all)
        {
            if (t.SentenceIndex != trigger.SentenceIndex || Clauses.Of(analysis, analysis.Sentences[t.SentenceIndex], t.FirstToken) != clause) continue;
            if (t.EndToken <= m.FirstToken && (before is null || t.FirstToken > before.FirstToken)) before = t;
            else if (t.FirstToken >= m.EndToken && (after is null || t.FirstToken < after.FirstToken)) after = t;
        }
        return before ?? after;
    }

    private static bool OwnedByOtherTrigger(Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        var all = analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex);
        if (all is null) return false;
        foreach (var other in all)
            if (other.SentenceIndex == trigger.SentenceIndex && other.Entry.Type != trigger.Entry.Type && other.EndToken <= m.FirstToken
                && TiedToTrigger(analysis.Tokens, other, m, mentions))
                return true;
        return false;
    }

    /// <summary>
    /// The countries of the nationality adjectives on a trigger phrase, coordinated ones included: "غارات جوية روسية وسورية".
    /// The phrase ends where a role cue or a name begins: in "غارات على مواقع للنظام السوري" the adjective is the regime's.
    /// </summary>
    private static List<string> NationalitiesNear(IReadOnlyList<Token> tokens, TriggerMatch trigger, Sentence sentence, IReadOnlyList<EntityMention> mentions,
        List<Lexicons.TrieMatch<string[]>> cues)
    {
        var found = new List<string>();
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + 4); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) break;
            int at = k;
            if (cues.Any(c => c.FirstToken == at) || mentions.Any(m => m.FirstToken <= at && at < m.EndToken)) break;
            if (EntityLexicon.Default.AdjectiveCountry(tokens[k]) is not { } iso) continue;
            found.Add(iso);
            // "روسية وسورية": each adjective joined by و names another force
            for (int j = k + 1; j < sentence.EndToken && tokens[j].Folded.StartsWith('و') && EntityLexicon.Default.AdjectiveCountry(tokens[j]) is { } next; j++)
                found.Add(next);
            break;
        }
        return found;
    }

    /// <summary>Fighters named as the counted people of a figure ("مقتل 10 عناصر من قوات النظام") are the ones attacked.</summary>
    private static bool CountedVictims(Analysis analysis, EntityMention m)
    {
        var figures = analysis.Get<Quantities.FigureLayer>();
        if (figures is null) return false;
        foreach (var f in figures.Figures)
        {
            int end = analysis.TokenAtOrAfter(f.Span.End);
            if (m.FirstToken >= end && m.FirstToken - end <= 1 && (m.FirstToken == end || analysis.Tokens[end].Folded == "من")) return true;
            if (m.FirstToken > 0 && f.Span.Contains(m.Span)) return true;
        }
        return false;
    }

    /// <summary>A region right after a place only locates it ("منبج بشمال سوريا", "إدلب شمال غرب سوريا"): it adds no governorates.</summary>
    private static bool IsLocator(EntityMention region, List<EntityMention> mentions) =>
        region.Places.Count > 1 && mentions.Any(p => p != region && p.Places.Count == 1 && p.EndToken <= region.FirstToken && region.FirstToken - p.EndToken <= 1);

    private static readonly HashSet<string> VisitWords = Lexicons.TsvTable.FoldedWords("event_visit_words");

    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal) { "ل", "مع" };

    /// <summary>"لوكالة رويترز", "لـ CNN", "مع قناة …": the one a statement is made to.</summary>
    private static bool ToldTo(IReadOnlyList<Token> tokens, EntityMention m)
    {
        int k = m.FirstToken;
        // the name may be quoted, and the outlet's head noun may stand before it: "لوكالة «فرانس برس»", "مع قناة سكاي نيوز"
        if (k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation && tokens[k - 1].Folded is "\"" or "«" or "'") k--;
        if (k > 0 && tokens[k - 1].Readings.Any(r => OutletNouns.Contains(r.Stem))) k--;
        if (k > 0 && ToWords.Contains(tokens[k - 1].Folded)) return true;
        foreach (var r in tokens[k].Readings)
            if (r.Proclitics.EndsWith('ل') && r.Stem.Length > 2) return true;
        return false;
    }

    private static readonly HashSet<string> OutletNouns = Lexicons.TsvTable.FoldedWords("outlet_nouns");

    private static bool IsVisit(TriggerMatch trigger) => VisitWords.Contains(ArabicFolding.FoldString(trigger.Entry.Phrase));

    private static readonly HashSet<string> DestinationCues = Lexicons.TsvTable.FoldedWords("event_destination_cues");

    private static bool IsDestination(IReadOnlyList<Token> tokens, EntityMention m) =>
        m.FirstToken > 0 && DestinationCues.Contains(tokens[m.FirstToken - 1].Folded);

    private bool IsTopic(List<Lexicons.TrieMatch<string[]>> cues, EntityMention m) => HasCue(cues, m, "topic");

    /// <summary>A place named as a topic ("بشأن إدلب"), a landmark ("قرب X") or a stage of a journey ("قبل بكين") is not where the event happens.</summary>
    private bool NotWhere(List<Lexicons.TrieMatch<string[]>> cues, EntityMention m) => IsTopic(cues, m) || HasCue(cues, m, "near") || HasCue(cues, m, "sequence") || HasCue(cues, m, "backer");

    private bool HasCue(List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, string role) =>
        cues.Any(c => c.EndToken <= m.FirstToken && m.FirstToken == c.EndToken && _roleCues.Cell(c.Value, "role") == role);

    private static readonly HashSet<string> CueFillers = Lexicons.TsvTable.FoldedWords("event_cue_fillers");

    /// <summary>Whether an actor cue ("من قبل", "شنتها") reaches the mention, or a name coordinated with one it reaches.</summary>
    private bool CuedActor(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, List<EntityMention> mentions)
    {
        foreach (var c in cues)
            if (CueReaches(tokens, c, m) && _roleCues.Cell(c.Value, "role") == "actor") return true;
        return CoordinatedWithCued(tokens, cues, m, mentions, "actor");
    }

    /// <summary>Whether a role cue marks a mention: right before it, or across words like "فصائل من" that only head the phrase.</summary>
    private static bool CueReaches(IReadOnlyList<Token> tokens, Lexicons.TrieMatch<string[]> cue, EntityMention m)
    {
        if (cue.EndToken > m.FirstToken || m.FirstToken - cue.EndToken > 3) return false;
        // a hashtag mark ("تنظيم #داعش") is no word
        for (int k = cue.EndToken; k < m.FirstToken; k++)
            if (!CueFillers.Contains(tokens[k].Folded) && tokens[k].Folded != "#") return false;
        return true;
    }

    /// <summary>Whether a mention is the trigger's own argument: right after it (possibly through a chain of "و" coordinated actors) or just before a verbal trigger.</summary>
    private static bool TiedToTrigger(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken >= trigger.EndToken)
        {
            int pos = trigger.EndToken;
            foreach (var other in mentions.Where(x => x.FirstToken >= trigger.EndToken).OrderBy(x => x.FirstToken))
            {
                if (other.FirstToken - pos > 1) return false;
                if (other == m) return true;
                pos = other.EndToken;
            }
            return false;
        }
        // "رحبت تركيا بالغارات": a trigger behind a preposition is another verb's object, not the subject's act
        if (trigger.HasArticle || trigger.Proclitics.Contains('ب') || trigger.Proclitics.Contains('ل')) return false;
        if (trigger.FirstToken - m.EndToken <= 1) return true;
        // "النظام السوري شن 33 هجوما": a verb that carries the event noun, and its count, stand between the agent and the noun
        int k = m.EndToken;
        if (!tokens[k].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && SupportVerbs.Contains(r.Stem))) return false;
        for (k++; k < trigger.FirstToken; k++)
            if (!tokens[k].IsNumber) return false;
        return trigger.FirstToken - m.EndToken <= 2;
    }

    private static bool CarriedAgent(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions, int token)
    {
        var m = mentions.FirstOrDefault(x => x.FirstToken == token);
        if (m is null || m.EndToken != trigger.FirstToken || m.FirstToken == 0 || trigger.HasArticle || trigger.HasPreposition) return false;
        return tokens[m.FirstToken - 1].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && SupportVerbs.Contains(r.Stem));
    }

    private static readonly HashSet<string> SupportVerbs = Lexicons.TsvTable.FoldedWords("event_support_verbs");

    private bool CoordinatedWithCued(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, List<EntityMention> mentions, string role)
    {
        var current = m;
        while (tokens[current.FirstToken].Folded.StartsWith('و'))
        {
            var prev = mentions.LastOrDefault(x => x.EndToken == current.FirstToken);
            if (prev is null) return false;
            if (HasCue(cues, prev, role)) return true;
            current = prev;
        }
        return false;
    }

    /// <summary>
    /// The word right after the trigger (past a time expression) when it is a definite noun no entity covers, before the first named
    /// party: "دعت المملكة …", "اتهم التقرير …" — the subject is there, unnamed; else -1.
    /// </summary>
    private static int UnnamedSubject(Analysis analysis, TriggerMatch trigger, int firstNamed)
    {
        var tokens = analysis.Tokens;
        var covered = analysis.Get<EntityLayer>()?.Mentions ?? [];
        var times = analysis.Get<Time.TimexLayer>()?.Timexes ?? [];
        int k = trigger.EndToken;
        while (k < firstNamed && times.Any(t => k >= t.FirstToken && k < t.EndToken)) k++;
        if (k >= firstNamed || !tokens[k].IsWord || covered.Any(m => k >= m.FirstToken && k < m.EndToken)) return -1;
        // "المسؤول الإيراني", "المسؤولون الروس": a nationality adjective right after the noun names whose subject it is
        if (k + 1 < tokens.Count && EntityLexicon.Default.AdjectiveCountry(tokens[k + 1]) is not null) return -1;
        // "إليها" and "إلى" are prepositions, whatever a reading as article + stem says
        if (tokens[k].Folded.StartsWith("الي", StringComparison.Ordinal) && tokens[k].Folded.Length <= 6) return -1;
        // "المملكة" carries the article; "آلاف" only looks as if it did
        return tokens[k].Readings.Any(r => r.HasArticle && r.Stem.Length >= 3) ? k : -1;
    }

    /// <summary>Whether the name at <paramref name="token"/> stands right before the trigger, opening its sentence or a part set off by punctuation, with no conjunction on the trigger.</summary>
    private static bool IsFrontedSubject(Analysis analysis, Sentence sentence, TriggerMatch trigger, List<EntityMention> mentions, int token)
    {
        if (trigger.Proclitics.Length > 0 || trigger.HasArticle) return false;
        var m = mentions.FirstOrDefault(x => x.FirstToken == token);
        if (m is null || m.EndToken != trigger.FirstToken) return false;
        return m.FirstToken == sentence.FirstToken || analysis.Tokens[m.FirstToken - 1].Kind == TokenKind.Punctuation;
    }

    /// <summary>A name that says or warns ("حذرت باريس", "قالت موسكو") before a statement-like event of its clause: its speaker.</summary>
    private static bool SpeakerBefore(Analysis analysis, Sentence sentence, Event ev, TriggerMatch trigger, EntityMention m) =>
        SpeechActs.Contains(ev.Type) && m.EndToken <= trigger.FirstToken && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m);

    /// <summary>Places named in a sentence; countries that take part as actors are parties, not places.</summary>
    public static void AddPlaces(Event ev, IEnumerable<EntityMention> mentions, Func<EntityMention, bool>? placeCued = null)
    {
        placeCued ??= _ => false;
        foreach (var m in mentions)
        {
            if (m.Places.Count == 0) continue;
            bool isCountryActor = m.GeoPrecision == 3 && m.Actor is { } a && m.Places.Count == 1 && ActorCode.Country(a) == m.Places[0] && (ev.Actors.Contains(a) || ev.Targets.Contains(a) || ev.Actors.Contains(ActorCode.With(a, "MIL")));
            if (isCountryActor) continue;
            // a foreign country named in a sentence is a party or a topic more often than a place, unless "في" says so
            if (m.GeoPrecision == 3 && m.Places.Count == 1 && m.Places[0].Length == 3 && !placeCued(m)) continue;
            foreach (var p in m.Places) Add(ev.Places, p);
            if (m.Places.Count > 1) ev.Regions.Add(m);
            if (ev.Location is null || (m.GeoPrecision ?? 3) < ev.Location.Precision)
                ev.Location = new PlaceDetail(m.NameEn ?? m.CanonicalName, m.FinePcode ?? m.Id, m.Latitude, m.Longitude, m.GeoPrecision ?? 3);
        }
        // the whole country adds nothing once a governorate is known
        if (ev.Places.Count > 1) ev.Places.Remove("SYR");
    }

    private static void Add(List<string> list, string code)
    {
        if (!list.Contains(code)) list.Add(code);
    }
}
