using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Fills an event mention's actors, targets and places from the entity layer, using role cues and Arabic clause order.</summary>
public sealed class ArgumentFinder
{
    private readonly CueLexicon _roleCues;
    private readonly int _roleColumn;

    public ArgumentFinder(CueLexicon roleCues)
    {
        _roleCues = roleCues;
        _roleColumn = roleCues.Column("role");
        _eventsColumn = roleCues.Column("events");
    }

    private readonly int _eventsColumn;

    // the sentence's cues that hold in an event of this type: "برصاص الشرطة" names who shot in an attack, not a party to a
    // meeting told in the same sentence (data/event_role_cues.tsv, column events); the cached list itself when all hold
    // (the last answer is kept: a sentence's triggers of one type, read one after the other, ask the same question; the
    // list answered is read only, as the cached one is)
    private List<Lexicons.TrieMatch<string[]>> HoldingIn(List<Lexicons.TrieMatch<string[]>> cues, string type)
    {
        if (ReferenceEquals(_heldFrom, cues) && _heldType == type) return _held!;
        List<Lexicons.TrieMatch<string[]>>? kept = null;
        for (int k = 0; k < cues.Count; k++)
        {
            bool holds = _eventsColumn >= cues[k].Value.Length || cues[k].Value[_eventsColumn] is not { Length: > 0 } types
                || ListsType(types, type);
            if (!holds && kept is null) kept = cues.GetRange(0, k);
            else if (holds) kept?.Add(cues[k]);
        }
        (_heldFrom, _heldType) = (cues, type);
        return _held = kept ?? cues;
    }

    [ThreadStatic]
    private static List<Lexicons.TrieMatch<string[]>>? _heldFrom, _held;

    [ThreadStatic]
    private static string? _heldType;

    // whether a comma-separated cell lists the type (as its Split(',') would, without the array)
    private static bool ListsType(string types, string type)
    {
        foreach (var range in types.AsSpan().Split(','))
            if (types.AsSpan(range).SequenceEqual(type)) return true;
        return false;
    }

    public static ArgumentFinder Default { get; } = new(CueLexicon.Load("event_role_cues"));

    /// <summary>The role cues (data/event_role_cues.tsv) this finder reads: من قبل، شنتها → actor; على → target; …</summary>
    public CueLexicon RoleCues => _roleCues;

    private static readonly HashSet<string> Symmetric = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    // what is said is located where what it speaks of happened: a condemnation of strikes on Idlib is about Idlib
    internal static readonly HashSet<string> SpeechActs = new(StringComparer.Ordinal) { "ACCUSE", "CONCEDE", "REQUEST", "REJECT", "SUPPORT", "THREATEN" };

    /// <summary>Mentions of the sentence that holds the trigger.</summary>
    /// <remarks>The index's own list: read it, never change it.</remarks>
    public static List<EntityMention> MentionsIn(Analysis analysis, Sentence sentence) => SentenceIndex.For(analysis).Mentions(sentence.Index);

    public void Fill(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        // asked for every mention and code: looked up once
        bool speech = SpeechActs.Contains(ev.Type), symmetric = Symmetric.Contains(ev.Type);
        // arguments come from the trigger's own coordinated clause
        int clause = Clauses.Of(analysis, sentence, trigger.FirstToken);
        // (the index asked directly: it lists only mentions that start inside the text)
        var index = SentenceIndex.For(analysis);
        var inSentence = index.Mentions(sentence.Index);
        // (the working lists are this thread's, emptied here: Fill never runs inside itself and keeps none of them)
        var lists = _fillLists ??= [[], [], [], [], [], [], []];
        foreach (var list in lists) list.Clear();
        var mentions = lists[0];
        foreach (var m in inSentence)
            // two attacks told in one sentence each take the names that follow them
            if (index.Clause(m.FirstToken) == clause && !(ev.Type == "ASSAULT" && AttackOwnership.OfAnotherAttack(analysis, ev, m))
                // "…، الذي كان يتحدث في أعقاب محادثات مع نظيريه، بريطانيا": past an aside's closing comma the main clause goes on
                && !RelativeAside.Beyond(analysis.Tokens, sentence, trigger, m)
                // "مندوب قطر لدى الأمم المتحدة": the UN is the envoy's post, no party
                && !EnvoyPost.IsPost(analysis.Tokens, m)
                // "حزب العمال الكردستاني (PKK)": the abbreviation in brackets is the name before it again, in the same role
                && !BracketedAgain(analysis.Tokens, inSentence, m)) mentions.Add(m);
        // the sentence's cached matches, only read here
        var cues = HoldingIn(_roleCues.InSentence(analysis, sentence), ev.Type);
        // the names left to clause order
        var actors = _actors ??= [];
        actors.Clear();
        // armed groups that report the event in their words: its actors only if it has no other
        var reporters = _reporters ??= [];
        reporters.Clear();
        // a few names at most: a list (value equality, as a set would ask) hashes no record
        var speakingCities = lists[1];
        var verbCities = lists[2];
        // capitals a speaking capital addresses ("دعت باريس موسكو وطهران إلى …")
        var addressedCities = lists[3];
        // countries joined to a place cued by "في" ("في إستونيا ولاتفيا")
        var joinedPlaces = lists[6];
        bool hostAdded = false;
        EntityMention? visitedCountry = null;
        // rockets told by where they went, came from and who stopped them: the states hit, and the places they were fired from
        var struck = _struck ??= [];
        struck.Clear();
        var firedFrom = _firedFrom ??= [];
        firedFrom.Clear();
        bool destination = false;
        foreach (var m in mentions)
        {
            // "وأفاد المرصد …", "وأوضح مدير المرصد أن …": the monitor named again by its head noun alone reports; it takes part in nothing
            if (!m.IsNamedEntity && m.Actor is { } referred && ActorCode.Sector(referred) == "NGO") continue;
            // "أطلق الحوثيون صاروخا على السعودية", "إطلاق صاروخين من سوريا", "اعترضت الدفاعات الجوية السعودية صاروخا": where a
            // weapon was sent is hit, where it came from and who intercepted it are no attackers
            if (ev.Type == "ASSAULT" && FiredAt(analysis.Tokens, sentence, trigger, m, mentions, struck, firedFrom, joinedPlaces, ref destination)) continue;
            // "وقال مخاطبا الحكومة الأمريكية "لن نقبل بهذا"": whom a speaker addresses is no speaker of what he says; of a statement
            // it is the one spoken to
            if (m.FirstToken > sentence.FirstToken && AddressingWords.Contains(analysis.Tokens[m.FirstToken - 1].Folded) && m.FirstToken < trigger.FirstToken)
            {
                if (speech && StatementRoles.PartyCode(m) is { } spokenTo)
                    foreach (var code in ActorCode.Members(spokenTo)) Add(ev.Targets, code);
                speakingCities.Add(m);
                continue;
            }
            // "أكد وزير الخارجية السوري أن الاتفاق الذي أبرم بين إيران والدول الست …": who tells of talks or a deal whose parties
            // are named after "بين" is none of them
            if (symmetric && ReportedParties.SpeakerOnly(analysis.Tokens, sentence, trigger, m, mentions)) continue;
            // "أدانت الفصائل الهجوم": who speaks of a deed takes no part in it (nor is it where the deed happened)
            if (!speech && !symmetric && StatementRoles.SpeakerOfStatementBefore(analysis, trigger, m, mentions))
            {
                speakingCities.Add(m);
                continue;
            }
            // "مساعدات للاجئين", "حث اللاجئين على العودة", "فر اللاجئون": refugees are whom a deed reaches, or who leave
            // (but "طالب اللاجئون الأمم المتحدة": in the nominative they are who speaks)
            if (DisplacedPeople.Are(m) && (ev.Type is "ASSAULT" or "RETREAT" || !DisplacedPeople.Nominative(analysis.Tokens, m)))
            {
                if (ev.Type == "RETREAT") Add(ev.Actors, m.Actor!);
                // (aid, calls and closures reach them; praise "تجاه اللاجئين" or a refusal "في مخيمات اللاجئين" is about them, no more)
                else if (ev.Type is "AID" or "REQUEST" or "COERCE" && m.FirstToken >= trigger.EndToken) Add(ev.Targets, m.Actor!);
                // (a refusal to let them in or through falls on them: "رفضت السلطات دخول اللاجئين")
                else if (ev.Type == "REJECT" && m.FirstToken > trigger.EndToken && AdmissionWords.Contains(analysis.Tokens[m.FirstToken - 1].Folded))
                    Add(ev.Targets, m.Actor!);
                // (an attack hits them only where a cue says so: "قصف على مخيم للنازحين", not "فر النازحون من المعارك")
                else if (ev.Type == "ASSAULT" && CuedTarget(analysis.Tokens, cues, m)) Add(ev.Targets, m.Actor!);
                continue;
            }
            // "انتقد دمشق": the capital a statement is about stands for its government even where it resolved to a governorate
            // (right after the verb it is the speaker; a word further on, only when someone else speaks: "وطالب الأكراد دمشق" names no speaker Rasd knows)
            var actor = m.Actor ?? (speech && StatementRoles.RightAfterVerb(analysis.Tokens, trigger, m, mentions)
                && (m.FirstToken == trigger.EndToken || ActorNamedBefore(mentions, m))
                ? StatementRoles.CapitalGovernment(m) : null)
                // "حذرت باريس من أنه سيكون هناك رد": the capital that says or warns before a threat or a call in its clause is the one who makes it
                ?? (SpeakerBefore(analysis, sentence, ev, trigger, m) ? StatementRoles.CapitalGovernment(m) : null)
                // "غارات شنتها دمشق مع حليفتها موسكو": a capital cued as the one who carries out an attack is its state's forces
                ?? (ev.Type == "ASSAULT" && CuedActor(analysis.Tokens, cues, m, mentions) ? StatementRoles.CapitalGovernment(m) : null)
                // "دمشق تدين الغارات", "إن دمشق ترفض": a capital put before the statement's verb as its subject is its government
                ?? (speech && SubjectBeforeVerb(analysis, sentence, trigger, m) ? StatementRoles.CapitalGovernment(m) : null)
                // "دمشق وطهران تتفقان على …": and so are the capitals put before the verb of talks or a deal
                ?? (symmetric && Fronted(analysis, sentence, trigger, m) ? StatementRoles.CapitalGovernment(m) : null)
                // "اتفاق الهجرة مع أنقرة", "التعاون الوثيق مع موسكو": the capital talks, a deal or cooperation are held with is its government
                ?? (symmetric && WithCapital.Holds(analysis.Tokens, trigger, m) ? StatementRoles.CapitalGovernment(m) : null);
            // "دعت باريس موسكو وطهران إلى الضغط": a capital right after the capital that speaks, and those joined to it, are its
            // addressees' governments, not places
            if (speech && !trigger.HasArticle && m.Type == EntityType.Loc && m.GeoPrecision is 1 or 2
                // (with و it is a second subject: "وتتهم دمشق وموسكو المعارضة")
                && ((EndsAt(verbCities, m.FirstToken) && !analysis.Tokens[m.FirstToken].MayOpenWithAnd)
                    || JoinedToAny(analysis.Tokens, addressedCities, m.FirstToken))
                && StatementRoles.CapitalGovernment(m) is { } addressed)
            {
                addressedCities.Add(m);
                speakingCities.Add(m);
                foreach (var code in ActorCode.Members(addressed)) Add(ev.Targets, code);
                continue;
            }
            // the one a statement is aimed at, by its place after the trigger:
            // "لن تسمح لإيران بترسيخ وجودها": whom a refusal does not allow (behind ل right after it);
            // "جدد بومبيو انتقاد إيران": the name right after the bare noun of a condemnation;
            // "مظاهرة تطالب تنظيم داعش بالسماح …": after a call or a charge whose subject came before its verb, the name right after
            // the verb (and so whom the protest that makes the call is aimed at)
            if ((ev.Type == "REJECT" && m.FirstToken == trigger.EndToken && trigger.Entry.Phrase.Contains("سمح")
                    && analysis.Tokens[m.FirstToken].Readings.Any(r => r.Proclitics is "ل" or "لل")
                || ev.Type == "ACCUSE" && StatementRoles.NounObject(analysis, trigger, m)
                || ev.Type is "REQUEST" or "ACCUSE" && NounClauseAddressee.Holds(analysis.Tokens, sentence, trigger, m)
                || ev.Type == "PROTEST" && NounClauseAddressee.OfCallAfter(analysis, sentence, trigger, m)) && StatementRoles.PartyCode(m) is { } addressedParty)
            {
                speakingCities.Add(m);
                foreach (var code in ActorCode.Members(addressedParty)) Add(ev.Targets, code);
                continue;
            }
            // "طلبت أنقرة من واشنطن تسليم …": the capital asked, after "من" right behind the request and its subject, is the
            // government addressed, not where it happened
            if (ev.Type == "REQUEST" && !trigger.HasArticle && m.Type == EntityType.Loc && m.GeoPrecision is 1 or 2
                && AskedOf(analysis.Tokens, trigger, m, mentions) && StatementRoles.CapitalGovernment(m) is { } asked)
            {
                speakingCities.Add(m);
                foreach (var code in ActorCode.Members(asked)) Add(ev.Targets, code);
                continue;
            }
            // "وطالب الأكراد دمشق بالتدخل", "دعا المتظاهرون بيروت إلى …": a capital right after the verb and its subject, before
            // what it is asked or accused of, is the government addressed, even when the subject is no name Rasd knows
            if (ev.Type is "REQUEST" or "ACCUSE" or "THREATEN" && !trigger.HasArticle && m.Type == EntityType.Loc
                // (or after its named subject and a time phrase: "هددت فرنسا والولايات المتحدة في الأيام الأخيرة دمشق بضربات")
                && (m.Actor is null && StatementRoles.RightAfterVerb(analysis.Tokens, trigger, m, mentions) || StatementRoles.AfterSubjectAndTime(analysis, trigger, m, mentions)
                    // (or after a subject told by title and nationality: "واتهم الرئيس السوري بشار الأسد أنقرة بدعم الإرهاب")
                    || StatementRoles.AfterTitledSubject(analysis, trigger, m, mentions)
                    // ("وطالب كييف بفتح تحقيق": after a masculine verb a capital, a feminine noun, cannot be the subject)
                    || StatementRoles.MasculineVerb(analysis.Tokens, trigger) && StatementRoles.RightAfterVerb(analysis.Tokens, trigger, m, mentions))
                && AskedOrChargedAfter(analysis.Tokens, m)
                // ("وهددت دمشق باستخدام القوة", "طالبت دمشق بـ…": a capital right after a verb of the feminine, as a city is, is its subject,
                // not whom it addresses; "اتهمت دمشق بـ…" is mostly the passive, Damascus accused)
                && !(ev.Type != "ACCUSE" && m.FirstToken == trigger.EndToken && StatementRoles.FeminineForm(analysis.Tokens, trigger))
                && StatementRoles.CapitalGovernment(m) is { } addressee)
            {
                speakingCities.Add(m);
                foreach (var code in ActorCode.Members(addressee)) Add(ev.Targets, code);
                continue;
            }
            // "وأكدت دمشق أنها ستلتزم بالهدنة": a capital next to a verb of saying is its government speaking, not where the event
            // is, even where it takes no part in it (Damascus is resolved as its governorate, hence any precision)
            // ("وقالت دمشق وموسكو إن …": a capital joined to one that speaks speaks too)
            if (m.Type == EntityType.Loc && StatementRoles.CapitalGovernment(m) is not null
                && (AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m) || JoinedToAny(analysis.Tokens, speakingCities, m.FirstToken)
                    // "موسكو ودمشق تتهمان إسرائيل بالإغارة على …": nor where it is the subject put before a statement's verb
                    || FrontedSpeaker(analysis, sentence, m)
                    // "الفصائل الموالية لطهران", "قوات نظام دمشق": whom a side serves, or the seat of a government
                    || BackedCapital.Holds(analysis.Tokens, m))) speakingCities.Add(m);
            if (actor is null) continue;
            // "قوات الرئيس بشار الأسد": the leader named after his forces is told by them, no party of his own
            if (m.Type == EntityType.Per && LeaderForces.Named(mentions, m)) continue;
            // "اتهم لافروف، الذي كان يتحدث في أستانا عاصمة كازاخستان، بريطانيا": a name in an aside on the subject is no party
            // (talks keep theirs: "مؤتمر باريس، الذي يجمع 50 دولة بينها السعودية" lists who takes part)
            if (!symmetric && RelativeAside.Holds(analysis.Tokens, sentence, trigger, m)) continue;
            // "وكالة الأنباء السورية الرسمية (سانا)": a short name in brackets after the full one is that name again, and takes
            // no role of its own (the full name's is read where it stands: a source told "وفق ما نقلت" is no party)
            if (BracketedRepeat(analysis.Tokens, mentions, m)) continue;
            if (m.Actor is null) speakingCities.Add(m); // a capital that stands for its government is no place of the event
            // "موسكو قالت", "بحسب أنقرة": a capital next to a verb of saying is its government speaking
            if (m.Type == EntityType.Loc && m.GeoPrecision == 1 && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m)) speakingCities.Add(m);
            // a group phrase ("الدول الضامنة") stands for several actors at once
            foreach (var code in ActorCode.EachMember(actor))
            {
                // a news outlet speaks ("اتهمت وكالة سانا") or is attacked or seized — it is never what a statement is made to
                // ("قال لـ CNN", "في مقابلة مع بي بي سي"), nor a party to any other deed it reports
                if (ActorCode.Sector(code) == "MED" && (ToldTo(analysis.Tokens, m) || !speech && ev.Type is not ("ASSAULT" or "COERCE"))) continue;
                string? cued = null;
                int cueStart = -1, memberEnd = -1;
                string? cueWord = null;
                foreach (var c in cues)
                {
                    // "خلية موالية لداعش": the side a cell or the arrested belong to is what an arrest acts upon; in other
                    // events the cue tells nothing, and leaves the role another cue gave
                    bool member = Role(c) == "member";
                    if (member && (ev.Type != "COERCE" || !MemberHeadBefore(analysis.Tokens, c.FirstToken, sentence))) continue;
                    // ("قيادي في تنظيم داعش": the "في" right after a member cue joins him to his side; it names no place)
                    if (c.FirstToken == memberEnd) continue;
                    if (CueReaches(analysis.Tokens, c, m, attack: ev.Type is "ASSAULT" || member))
                    {
                        cued = member ? "target" : Role(c);
                        cueStart = c.FirstToken;
                        cueWord = c.Value[0];
                        if (member) memberEnd = c.FirstToken + c.TokenCount;
                    }
                }
                // "وصلت تعزيزات عسكرية إلى قوات سوريا الديمقراطية": the force reinforcements reach builds up; it is no adversary
                if (cued == "target" && ev.Type == "MOBILIZE" && cueWord == "إلى" && ActorCode.IsArmed(code)) cued = "actor";
                // "قتلى من حزب الله": those who lost people were the ones attacked — of an attack only, not of a denial or a call
                if (cued == "victim") cued = ev.Type == "ASSAULT" ? "target" : null;
                // "استهدفت غارات مواقع يستخدمها حزب الله": the side whose sites an attack hits (told after the attack word) is attacked
                // (a site, not a weapon: "صواريخ من النوع الذي يستخدمه حزب الله" says nothing of who was hit)
                if (cued == "user") cued = ev.Type == "ASSAULT" && cueStart > trigger.FirstToken
                    && TargetNationalities.SiteBefore(analysis.Tokens, cueStart, sentence.FirstToken) ? "target" : null;
                // "قصف "غرفة عمليات" لتنظيم داعش": the side whose operations room an attack word hits is attacked; told elsewhere
                // ("وفق ما ذكرت غرفة عمليات القوات الجوية") the room speaks for its side, which then takes no role from it
                if (cued == "struck") cued = ev.Type == "ASSAULT" && StruckSite.AfterAttackWord(analysis, sentence, cueStart) ? "target" : null;
                // "ضد من وصفهم بـ"الإرهابيين"": whom the speaker names so is what the deed is aimed at
                // (a displacement or talks are not aimed at them: there they are only no party)
                if (cued == "described") cued = ev.Type is "ASSAULT" or "REQUEST" or "COERCE" or "THREATEN" or "ACCUSE" ? "target" : "topic";
                // "يقاتل دعما لنظام الأسد": the one a deed supports is the support's target, and no party to an attack done for it
                if (cued == "supported") cued = ev.Type == "SUPPORT" ? "target" : "topic";
                // "قتل ضابطا في الجيش السوري": "في" names the force the dead served in, not where they fell
                if (ev.Type == "ASSAULT" && cued == "place" && CountedServedIn(analysis, m)) cued = "target";
                // "شنتها واشنطن وباريس ولندن": names coordinated with an actor-cued one share its cue
                cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "actor") ? "actor" : null;
                // "في رسالتين إلى الأمين العام ورئيس مجلس الأمن": so are those joined to a letter's addressee
                cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "recipient") ? "recipient" : null;
                // "بالتنسيق مع بريطانيا وفرنسا": a state the deed is done in coordination with does it too; a body so named ("بالتنسيق
                // مع الحكومة العراقية") only coordinates, and takes no part
                cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "partner") ? "partner" : null;
                // "اتهامات لحكومة أردوغان بالتعاون مع المتطرفين": in an accusation the cooperation is the charge, and the one
                // cooperated with is what it is about, as the words would have it without the cue
                if (cued == "partner" && ev.Type == "ACCUSE") cued = null;
                if (cued == "partner")
                {
                    if (m.Type != EntityType.Loc || m.GeoPrecision is not (1 or 3)) continue;
                    cued = "actor";
                    // "اعتقلت الشرطة ثلاثة أشخاص بالتعاون مع بلجيكا": a partner state of an arrest is a doer, never the object
                    // the arrest falls on (an attack's partner goes through the attack's own reading below)
                    if (ev.Type == "COERCE")
                    {
                        Add(ev.Actors, code);
                        continue;
                    }
                }
                // "محادثات … حول عفرين وداعش": a name coordinated with a place that talks or a deal are about is topic too, not a party
                // (not after a party: in "بين ممثلين عن الجانب الروسي وفصائل المعارضة" both sides talk)
                if (symmetric) cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "topic", placeOnly: true) ? "topic" : null;
                // "يبحث … مع الرئيس المصري ملفات إقليمية، وفي مقدمتها …": names after the topic noun are what talks are about
                if (ev.Type == "CONSULT" && cued is null && TalkTopics.After(analysis.Tokens, trigger, m)) cued = "topic";
                // "دعا إلى توفير ممرات آمنة للمدنيين", "إدخال المساعدات للمدنيين": civilians named with "لـ" after a call or aid
                // are whom it is for, never who calls or gives
                // (and behind ب: "رفع الحصار عن المناطق المأهولة بالسكان" tells what the call is about, not who makes it)
                if (ev.Type is "REQUEST" or "AID" && ActorCode.Sector(code) == "CVL" && m.FirstToken >= trigger.EndToken
                    && (analysis.Tokens[m.FirstToken].Folded.StartsWith("لل", StringComparison.Ordinal)
                        || analysis.Tokens[m.FirstToken].Folded.StartsWith("بال", StringComparison.Ordinal)))
                {
                    Add(ev.Targets, code);
                    continue;
                }
                // a city stands for its state only as the subject of a verb ("قالت موسكو"), never "في موسكو" or as a topic
                bool isCity = m.Type == EntityType.Loc && m.GeoPrecision is 1 or 2;
                // "انسحاب الجيش السوري من لبنان": the country forces withdraw from is where they withdraw, not a party to it
                if (cued is null && ev.Type == "RETREAT" && m.Type == EntityType.Loc && m.GeoPrecision == 3 && m.FirstToken > trigger.FirstToken
                    && analysis.Tokens[m.FirstToken - 1].Folded == "من")
                {
                    joinedPlaces.Add(m);
                    continue;
                }
                // "نشر قوات في إستونيا ولاتفيا وليتوانيا": countries joined to one "في" places of a deed on the ground are places too,
                // not parties (after a statement or talks "في سوريا واليمن" is mostly what they are about)
                // ("جولة في الصين واليابان", "محادثات في باريس وبرلين": so are countries and cities joined to the venue of talks, unless
                // a topic head stands between the trigger and them)
                if (cued is null && (EventStage.LocatedTypes.Contains(ev.Type) || ev.Type == "CONSULT" && !TalkTopics.After(analysis.Tokens, trigger, m))
                    && m.Type == EntityType.Loc && CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "place", placeOnly: true))
                {
                    joinedPlaces.Add(m);
                    continue;
                }
                // "فصيل مدعوم من أنقرة": the backer describes a party; it takes no part in the deed
                // ("على الحدود مع الأردن": the neighbour along a border takes no part either)
                // ("في رسالة إلى مجلس الأمن": the body a letter is sent to is told of the deed, no party to it)
                if (cued is "topic" or "place" or "backer" or "seat" or "border" or "timezone" or "recipient") continue;
                // "تصويت روسيا بحق النقض … في تصويت لمجلس الأمن": a veto is cast by a state in the council; the UN is where it is
                // cast, neither who casts it nor whom it is aimed at (the draft's sponsor is)
                if (ev.Type == "REJECT" && code == "IGO" && IsVeto(trigger)) continue;
                // "هجوم لاستعادة أراض تسيطر عليها المعارضة": the side ground is taken from is the one the attack fights
                // (and so is the one whose bases or positions are hit: "قصفت الطائرات مقرات تتحصن فيها هيئة تحرير الشام")
                if (cued == "controller" && ev.Type == "ASSAULT" && (CapturedFrom.Before(analysis.Tokens, trigger, cueStart)
                    || cueStart > trigger.FirstToken && TargetNationalities.SiteBefore(analysis.Tokens, cueStart, sentence.FirstToken))) cued = "target";
                // "إدلب التي تسيطر عليها المعارضة": who holds a place describes it; it takes no part in the event
                if (cued == "controller") continue;
                // "تجدد القصف … لبدء تطبيق اتفاق وقف إطلاق النار بين الفصائل والجيش": the sides "between" whom another kind of event
                // stands are that event's, not this one's
                if (BetweenOfOther(analysis, trigger, m)) continue;
                // "وكشف المرصد أن …": the monitor or agency that reports an event takes no part in it
                // (nor does the UN that announces a displacement or an attack: it neither flees nor fights; and an outlet that reports
                // a call or a condemnation, "… حسبما قالت وكالة رويترز", is no party to that either)
                if ((!speech && (ActorCode.Sector(code) is "NGO" or "MED" || code == "IGO" && ev.Type is "ASSAULT" or "RETREAT" or "COERCE")
                    || ActorCode.Sector(code) == "MED") && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m)) continue;
                // "… يطلب هدنة، حسب ما أعلن المرصد": the monitor, outlet or UN told after the deed as its source is no party to it, a call either
                if (m.FirstToken > trigger.FirstToken && (code == "IGO" || ActorCode.Sector(code) is "NGO" or "MED") && AccordingTo.IsSource(analysis.Tokens, m)) continue;
                // "وجه دعوة إلى العاهل الأردني لزيارة فرنسا": the one invited to visit is the visitor, not a destination
                if (symmetric && ActorCode.IsParty(code) && InvitedVisit.Invitee(analysis.Tokens, trigger, m))
                {
                    Add(ev.Actors, code);
                    continue;
                }
                if (cued == "target" && symmetric)
                {
                    // "المبعوث … إلى سوريا": a destination, not a party; but the country a visit goes to ("زيارته إلى الأردن") is where its talks are held
                    if (ev.Type == "CONSULT" && m.GeoPrecision == 3 && m.FirstToken >= trigger.EndToken && IsVisit(trigger)) visitedCountry ??= m;
                    continue;
                }
                // "اتفاق على خطة لسحب وحدات حماية الشعب": whom a deal moves is what it is about, not a party to it
                if (cued == "content" && symmetric) continue;
                // "تتعرض الحكومة التركية لانتقادات", "الرئيس يواجه انتقادات": the subject of a verb of undergoing criticism is its target
                if (ev.Type == "ACCUSE" && cued is null && ActorCode.IsParty(code)
                    && (UndergoneAttack.SubjectBetween(analysis.Tokens, trigger, m) || UndergoneAttack.SubjectRightBefore(analysis.Tokens, trigger, m)))
                {
                    Add(ev.Targets, code);
                    continue;
                }
                // "صالح مسلم الذي اعتقل في براغ": the one named before "الذي" and an arrest with no object was arrested
                if (ev.Type == "COERCE" && cued is null && DetainedAntecedent.Holds(analysis.Tokens, sentence, trigger, m, mentions))
                {
                    Add(ev.Targets, code);
                    continue;
                }
                if (ev.Type == "ASSAULT")
                {
                    // "اشتباكات بين قوات النظام وفصائل المعارضة": of a fight between two sides the one named second is its target
                    // (a state so named is fought in its forces; "بين الطرفين" refers back to the two in the order they were named;
                    // "اشتبكت قوات النظام مع مقاتلين": so is the one a verb of clashing names after "مع")
                    if (cued is null or "actor" && !isCity
                        && (ClashSides.OfSecondSide(analysis, trigger, m, mentions) || ClashSides.LaterOfGroup(analysis, trigger, m, mentions, code)
                            || ClashSides.AfterWith(analysis, trigger, m, mentions)))
                    {
                        var fought = ActorCode.Sector(code) switch { "GOV" => ActorCode.With(code, "MIL"), "OPP" => ActorCode.With(code, "REB"), _ => code };
                        Add(ev.Targets, fought);
                        continue;
                    }
                    // "على مواقع للنظام السوري والميليشيات الإيرانية": names coordinated with a target are targets too
                    cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "target") ? "target" : null;
                    // "استهدفت مستودعات أسلحة للجيش السوري وحزب الله": so are names joined to the owner of a site or weapon hit
                    cued ??= CoordinatedWithCued(analysis.Tokens, cues, m, mentions, "victim") ? "target" : null;
                    // "مقتل 14 عنصرا من قوات النظام والمسلحين الموالين لها": those joined to the ones who lost people lost them too
                    cued ??= JoinedToCountedVictims(analysis, m, mentions) ? "target" : null;
                    // "الغارات التي تستهدف وحدات حماية الشعب", "إنها تستهدف …": with the subject before the verb, the name after it is hit
                    // (of whichever attack verb of the sentence: "الغارات التي استهدفت عناصر النصرة" hits them for the noun as well)
                    cued ??= AttackObject.OfAnyVerb(analysis, sentence.Index, m, mentions, IsCueFiller) ? "target" : null;
                    // "استهدف الطيران الأمريكي قوات النظام": the name right after the verb's subject is its object
                    cued ??= AttackObject.AfterSubject(analysis.Tokens, trigger, m, mentions) ? "target" : null;
                    // "صدت قوات النظام هجوما شنه مسلحون": the one who repels the attack is the one attacked
                    cued ??= RepelledAttack.Repeller(analysis.Tokens, trigger, m) ? "target" : null;
                    // "الضربة التي وجهت للنظام السوري": the one a blow is directed at is hit
                    cued ??= DirectedAt.Holds(analysis.Tokens, trigger, m) ? "target" : null;
                    // "قصف الطائرات الروسية للمسلحين": the name behind ل after the attack noun and its doer is hit
                    cued ??= MasdarObject.Holds(analysis.Tokens, trigger, m, mentions) ? "target" : null;
                    // "قصفت المدفعية مواقع للحوثيين": the side behind ل whose sites the attack hits is hit
                    cued ??= TargetNationalities.SiteOwner(analysis.Tokens, trigger, m) ? "target" : null;
                    // "يتعين على المجلس الرد على الهجوم": a UN body referred back to in one word is neither hit nor striking
                    if (code == "IGO" && !m.IsNamedEntity && m.TokenCount == 1) continue;
                    var sector = ActorCode.Sector(code);
                    // "غارات على مواقع النظام": a government that is hit is hit in its forces (a capital so cued is a place)
                    if (cued == "target" && sector == "GOV" && m.Type != EntityType.Loc) { Add(ev.Targets, ActorCode.With(code, "MIL")); continue; }
                    // "قصفت قوات النظام مواقع المعارضة", "هجوم على آخر معاقل المعارضة": the opposition an attack hits is its armed factions, as the one that shells is
                    if (sector == "OPP" && (cued == "target" || CountedVictims(analysis, m))) { Add(ev.Targets, ActorCode.With(code, "REB")); continue; }
                    if (sector == "CVL" || (cued == "target" && sector != "GOV") || CountedVictims(analysis, m)) { Add(ev.Targets, code); continue; }
                    // "قال جيش الإسلام إن المنطقة تتعرض لهجوم من قوات النظام": a name before a verb of undergoing the attack is not its attacker
                    if (cued != "actor" && UndergoneAttack.NamedBefore(analysis.Tokens, trigger, m)) continue;
                    // "بدأ مسلحو أحرار الشام الخروج … بعد سنوات من الحصار والقصف": fighters whose nearest event is another kind are that event's;
                    // "خيروا جيش الإسلام بين الاستسلام أو الهجوم": the threatened are not the attackers (but the accused, the called upon, the denier and the supported — "الجيش، بدعم من …، شن" — are)
                    // (but "…، حيث تشن قوات النظام هجوما": the subject a support verb carries to this attack is its own, whatever came before)
                    if (ActorCode.IsArmed(code) && cued != "actor" && PlaceOwner(analysis, trigger, m, clause) is { } owner && owner.Entry.Type != "ASSAULT"
                        && owner.Entry.Type is not ("ACCUSE" or "REQUEST" or "REJECT" or "SUPPORT") && !SupportVerbAgent(analysis, trigger, m, mentions)) continue;
                    // "قالت قوات سوريا الديمقراطية إن الغارات التركية استهدفت …": an armed group that reports the attack in its own words
                    // is its attacker only when the attack names no other ("أعلنت الفصائل أنها قصفت")
                    if (ActorCode.IsArmed(code) && cued != "actor" && ReportingSpeaker.Reports(analysis, sentence, trigger, m)) { reporters.Add(code); continue; }
                    if (ActorCode.IsArmed(code)) { Add(ev.Actors, code); continue; }
                    // "قصف المعارضة": the opposition that shells is its armed factions
                    if (sector == "OPP" && TiedToTrigger(analysis.Tokens, trigger, m, mentions)) { Add(ev.Actors, ActorCode.With(code, "REB")); continue; }
                    // a state attacks with its forces, but only a state tied to this trigger: "هجمات نظام الأسد وروسيا", "من قبل …", "تشنها …"
                    // ("بدأت أنقرة هجومها": a capital that carries out the attack as the subject of its verb too)
                    // "هجوم انتحاري بسوريا", "عملية عسكرية جارية بسوريا": a state behind ب is where the attack happened, not its maker
                    if (sector == "GOV" && cued != "actor" && m.Type == EntityType.Loc && m.FirstToken >= trigger.EndToken && BehindBa(analysis, m)) continue;
                    // "غارات على لبنان", "ضربات ضد سوريا": a state an attack is cued against is never its maker (nor, by this alone, a
                    // place: "عدوان على مصر" is as often a figure of speech); and
                    // "ضربة سوريا", "قصف سوريا": in Syria news the country right after the attack noun is the one struck
                    if (sector == "GOV" && m.Type == EntityType.Loc && m.GeoPrecision == 3 && m.FirstToken >= trigger.EndToken
                        && (cued == "target" || m.Id == "SYR" && m.FirstToken == trigger.EndToken)) continue;
                    if (sector == "GOV" && (cued == "actor" || SupportVerbAgent(analysis, trigger, m, mentions) || (!isCity && TiedToTrigger(analysis.Tokens, trigger, m, mentions))
                        || DeedNounAgent(analysis.Tokens, trigger, m, mentions)))
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
                    if (m.GeoPrecision == 3) visitedCountry = m;
                    continue;
                }
                // …but "تهدد أنقرة", "قالت موسكو": a capital right after a verb is its government speaking
                // ("انتقد ضمنا دمشق": one adverb may stand between a statement verb and the capital it is about)
                bool nextToVerb = m.FirstToken == trigger.EndToken
                    || (speech && m.FirstToken == trigger.EndToken + 1 && analysis.Tokens[trigger.EndToken].IsWord && StartingAt(mentions, trigger.EndToken) is null)
                    // "إن موسكو تطالب": after "إن/أن" the subject comes before its verb
                    // and where the capital opens its sentence, as headlines put it ("طهران ترفض أي تعديل", "وأنقرة تطالب واشنطن")
                    || (speech ? SubjectBeforeVerb(analysis, sentence, trigger, m) : m.EndToken == trigger.FirstToken && trigger.Proclitics.Length == 0 && m.FirstToken > 0 && TimeAttacher.IsComplementizer(analysis.Tokens[m.FirstToken - 1]))
                    || SpeakerBefore(analysis, sentence, ev, trigger, m)
                    // "نددت دمشق وحليفتها موسكو", "تهدد أنقرة وطهران": a capital coordinated with one that is the verb's subject is a subject too
                    || JoinedToAny(analysis.Tokens, verbCities, m.FirstToken)
                    // "وفرضت واشنطن عقوبات", "وجهت موسكو انتقادات": a capital between a verb and the event noun it carries is its subject
                    || CarriedAgent(analysis.Tokens, trigger, mentions, m.FirstToken);
                // "فرض عقوبات على طهران": the capital sanctions fall on is its state, the one sanctioned (never the one who sanctions)
                if (isCity && ev.Type == "SANCTION" && cued == "target")
                {
                    speakingCities.Add(m);
                    Add(ev.Targets, code);
                    continue;
                }
                if (m.Type == EntityType.Loc && nextToVerb && !trigger.HasArticle) verbCities.Add(m);
                // ("محادثات موسكو" is where talks are held, but "موسكو وأنقرة تبحثان …" put before the verb of talks or a deal are its parties)
                // (and so is the capital they are held with: "اتفاق الهجرة مع أنقرة")
                bool frontedParty = symmetric && isCity && (Fronted(analysis, sentence, trigger, m) || WithCapital.Holds(analysis.Tokens, trigger, m));
                if (isCity && !frontedParty && (symmetric || !nextToVerb || trigger.HasArticle)) continue;
                if (isCity) speakingCities.Add(m);
                // in Syria news "سوريا" is the setting or the subject of talks; its government is named as such ("الحكومة السورية", "دمشق")
                // (but "دعت واشنطن سوريا وروسيا إلى", "دعم إيران لسوريا" address or help it as a state)
                if (m.Type == EntityType.Loc && m.Id == "SYR")
                {
                    var part = AddressedSyria.Of(analysis.Tokens, ev, trigger, m, mentions);
                    if (part == AddressedSyria.Part.Receiver) Add(ev.Targets, code);
                    if (part != AddressedSyria.Part.Party) continue;
                }
                if (symmetric)
                {
                    // "بعد فشل الاجتماعات بالحد من هجمات نظام الأسد": the attackers belong to the attacks, not to the talks
                    if (OwnedByOtherTrigger(analysis, trigger, m, mentions)) continue;
                    // "المحادثات الأخيرة في سوتشي بين تركيا وروسيا وإيران …، انضم … هيئة تحرير الشام": talks between named parties are
                    // theirs; a name across a comma from them does something else
                    // (a name before the trigger may be who speaks of the talks: "قال الوزير السعودي، إن التعاون بين البلدين …")
                    if (cued != "actor" && m.FirstToken >= trigger.EndToken && HasBetweenList(analysis.Tokens, cues, trigger, mentions)
                        && HasComma(analysis.Tokens, trigger.EndToken, m.FirstToken)) continue;
                    // talks and deals are between governments and factions; an army named elsewhere in the clause is doing something else
                    // (not one that sends representatives to them: "مفاوضات بين ممثلين عن قوات النظام ووجهاء")
                    if (ActorCode.Sector(code) == "MIL" && cued is not ("actor" or "delegate") && !TiedToTrigger(analysis.Tokens, trigger, m, mentions)) continue;
                    // "أوضح لافروف عقب اجتماع مع نظيره الأردني أن إيران واحدة من القوى …": a name in the clause said after the talks is what is said
                    if (cued is not ("actor" or "delegate") && ComplementizerBetween(analysis.Tokens, trigger.EndToken, m.FirstToken)) continue;
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
            foreach (var iso in NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues, attack: ev.Type == "ASSAULT")) Add(ev.Actors, iso + "MIL");
        // "مدعومة بغطاء جوي روسي": the state whose aircraft cover the attack or advance takes part in it
        if (ev.Type is "ASSAULT" or "MOBILIZE")
            foreach (var iso in AirCover.After(analysis.Tokens, trigger, sentence))
                if (!ev.Targets.Contains(iso + "MIL")) Add(ev.Actors, iso + "MIL");
        if (ev.Actors.Count == 0)
            foreach (var code in reporters) Add(ev.Actors, code);
        // "غارات على أهداف عسكرية سورية وإيرانية": the adjectives of a military target name the forces hit
        if (ev.Type == "ASSAULT")
            foreach (var iso in TargetNationalities.Of(analysis, trigger, sentence, MentionsIn(analysis, sentence), WithRole(cues, "target")))
                if (!ev.Actors.Contains(iso + "MIL")) Add(ev.Targets, iso + "MIL");
        // "الاتفاق الروسي التركي", "القمة الروسية التركية الإيرانية": two or more adjectives on talks or a deal name the states
        // that hold them (one alone is often the subject matter: "الاتفاق النووي الإيراني", "المحادثات السورية")
        // (right after the trigger: in "تناولت المحادثات القضيتين الفلسطينية والسورية" they are the topic's)
        if (ev.Type is "CONSULT" or "AGREE" && NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues, adjacent: true) is { Count: >= 2 } states)
            foreach (var iso in states) Add(ev.Actors, iso + "GOV");
        // …and the state that imposes sanctions: "العقوبات الأمريكية" (not of aid: "المساعدات للأسر السورية" names who receives it)
        if (ev.Type == "SANCTION")
            foreach (var iso in NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues))
                if (!ev.Targets.Contains(iso + "GOV")) Add(ev.Actors, iso + "GOV");
        // "رفضت الفصائل الاقتراح الروسي", "أدانت دمشق الغارات الإسرائيلية": the state whose proposal is refused or whose deed is
        // condemned is the one the statement is against
        if (ev.Type is "ACCUSE" or "REJECT")
            foreach (var iso in ObjectNationalities(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), analysis.Get<Time.TimexLayer>()?.Timexes))
                if (!ev.Actors.Contains(iso + "GOV") && !ev.Actors.Contains(iso + "MIL")) Add(ev.Targets, iso + "GOV");
        // "تظاهر الآلاف رفضا للهجوم التركي": the state whose deed people protest against is the protest's target
        if (ev.Type == "PROTEST")
            foreach (var iso in ProtestPurpose.AgainstNationalities(analysis, trigger))
                if (!ev.Actors.Contains(iso + "GOV")) Add(ev.Targets, iso + "GOV");
        // (records equal only at one position: a different start answers without comparing every field)
        bool firstTrigger = ev.Triggers.Count == 0 || ReferenceEquals(ev.Triggers[0], trigger) || ev.Triggers[0].FirstToken == trigger.FirstToken && ev.Triggers[0] == trigger;
        // talks whose own clause names nobody: the parties named in the sentence's other, event-free clauses
        if (symmetric && ev.Actors.Count == 0)
            foreach (var code in UnclaimedParties.Of(analysis, trigger)) Add(ev.Actors, code);
        if (ev.Type == "ACCUSE" && firstTrigger) AccusedOfCharge(analysis, ev, trigger, mentions, actors);
        // "واتهمت روسيا بقصف …": nobody named before the verb and the charge right after its one name: that name is the accused
        if (ev.Type == "ACCUSE" && firstTrigger && actors.Count > 0) ChargedAfterVerb(analysis, sentence, ev, trigger, mentions, actors, speakingCities);
        if (!symmetric && ev.Type != "ASSAULT" && actors.Count > 0 && firstTrigger)
            SubjectAndObject(analysis, sentence, ev, trigger, mentions, actors);
        // "الدعم الإيراني للنظام", "بفضل الدعم الروسي": the nationality on the support names the state that gives it; the party
        // named with it is the one supported
        if (ev.Type == "SUPPORT" && NationalitiesNear(analysis.Tokens, trigger, sentence, MentionsIn(analysis, sentence), cues, adjacent: true) is { Count: > 0 } givers)
            GivenBy(ev, givers);
        // "تلقت الوحدات الكردية الدعم من واشنطن": who receives support is the one supported, who it comes from the one who gives
        if (ev.Type == "SUPPORT" && SupportReceived.Roles(analysis, sentence, trigger, mentions) is var (receivers, givingParties) && givingParties.Count > 0)
            ReceivedFrom(ev, receivers, givingParties, speakingCities);
        // "لدعم قوات النظام"، "تكف عن دعم حزب الله": the name right after the verbal noun is the one supported, not who gives
        if (ev.Type == "SUPPORT" && SupportObject.Of(analysis.Tokens, trigger, mentions) is { } supported
            && StatementRoles.PartyCode(supported) is { } supportedCode)
            foreach (var code in ActorCode.Members(supportedCode))
                if (ev.Actors.Remove(code)) Add(ev.Targets, code);
        // "حمّل إبراهيم روسيا وتركيا المسؤولية": the names right before the responsibility are the ones blamed, not its speaker
        if (ev.Type == "ACCUSE" && firstTrigger)
            foreach (var m in BlameWords.HeldResponsible(analysis, trigger, mentions))
                if (StatementRoles.PartyCode(m) is { } blamedCode)
                    foreach (var code in ActorCode.Members(blamedCode))
                    {
                        ev.Actors.Remove(code);
                        Add(ev.Targets, code);
                    }
        // "قال البيت الأبيض إن النظام مسؤول عن الهجوم": the one named before a blaming predicate is its target, the speaker its actor
        if (ev.Type is "ACCUSE" or "THREATEN" && trigger.Entry.BlamesSubject && firstTrigger) BlamePredicate.Assign(analysis, sentence, ev, trigger, mentions);
        // "انتقد لافروف دمشق لمنعها دخول المساعدات", "اتهمت أنقرة النظام بقصف …": the one a statement blames does what it is
        // blamed for, and the one who speaks does not
        if (!speech && !symmetric && StatementRoles.BlamedFor(analysis, trigger, mentions) is var (blamed, blamedMention))
        {
            // the speaker and the blamed capital stand for governments, not for where the deed happened
            foreach (var x in mentions)
                if (x.Type == EntityType.Loc && x.GeoPrecision is 1 or 2 && x.EndToken <= blamedMention.FirstToken || x == blamedMention && x.Actor is null) speakingCities.Add(x);
            var code = ev.Type == "ASSAULT" && ActorCode.Sector(blamed) == "GOV" ? ActorCode.With(blamed, "MIL") : blamed;
            if (ev.Type != "ASSAULT") ev.Actors.Clear();
            ev.Targets.Remove(code);
            Add(ev.Actors, code);
        }
        // "خلصت اللجنة إلى أن الحكومة السورية مسؤولة عن هجوم …": the one held responsible for the deed did it
        if (ev.Type == "ASSAULT" && BlamePredicate.DoerOf(analysis, trigger, mentions) is { } doer && StatementRoles.PartyCode(doer) is { } doerCode)
            foreach (var member in ActorCode.Members(doerCode))
            {
                var code = ActorCode.Sector(member) == "GOV" ? ActorCode.With(member, "MIL") : member;
                ev.Targets.Remove(code);
                Add(ev.Actors, code);
            }
        // a monitor, a rescue service or an outlet reports attacks, deployments, arrests and sieges, it does not make them ("قال مدير
        // المرصد إن تعزيزات وصلت …": the speaker is no mobiliser; "خطف التنظيم 230 مدنيا، حسب ما أفاد المرصد"). (Not flight: rescuers
        // are evacuated, "إجلاء عناصر الخوذ البيضاء".)
        if (ev.Type is "ASSAULT" or "MOBILIZE" or "COERCE") ev.Actors.RemoveAll(a => ActorCode.Sector(a) is "MED" or "NGO");
        // a state deploys its forces ("نشرت تركيا تعزيزات" is the Turkish military); an opposition that moves or withdraws is its fighters
        if (ev.Type is "MOBILIZE" or "RETREAT") ActAsForces(ev);
        // the state a fired weapon went to, or whose air defence stopped it, is hit in its land (unless a sector of it is already
        // named as hit); the place it was fired from is not where the attack happened when the text says where it went
        // (and no state fires at its own land: "قصفت طائرات إسرائيلية … ردا على إطلاق قذائف على إسرائيل" leaves the rockets no
        // Israeli attacker)
        foreach (var code in struck)
        {
            // (the forces of Syria that stop a weapon are hit as such, and any Syrian side may have fired it)
            if (code.Length == 3) ev.Actors.RemoveAll(a => ActorCode.SameCountry(a, code));
            if (!SharesCountry(ev.Targets, code)) Add(ev.Targets, code);
        }
        if (destination) speakingCities.AddRange(firedFrom);
        // "تهدد أنقرة": a capital that speaks for its government is not where the event happens
        var placed = lists[4];
        foreach (var m in mentions)
            if (m.Places.Count > 0 && !speakingCities.Contains(m) && !NotWhere(cues, m) && !IsLocator(m, mentions, analysis.Tokens) && !PlaceOwnedByOther(analysis, trigger, m, clause)
                // "نحو طريق "دمشق-حلب"": the towns a road is named by are not where the event on it is
                && !RoadNames.Holds(analysis, m)
                // "ينص الاتفاق على خروج من يرفضه نحو الشمال السوري": where fighters are to go is not where the deal is made
                && !(ev.Type == "AGREE" && IsDestination(analysis.Tokens, m))) placed.Add(m);
        if (symmetric) placed = Venues(analysis, ev, trigger, mentions, cues, placed, joinedPlaces, clause);
        HeadlineSpeaker.Drop(analysis, sentence, placed);
        AddPlaces(ev, placed, (this, cues, joinedPlaces), static (s, m) => s.Item1.HasCue(s.cues, m, "place") || s.joinedPlaces.Contains(m));
        // "في سوريا والعراق": Syria named with other countries stays a place beside them (only a governorate says more than it)
        if (joinedPlaces.Count > 0 && !ev.Places.Contains("SYR") && !NamesGovernorate(ev.Places))
            foreach (var m in placed)
                if (m.Id == "SYR") { ev.Places.Insert(0, "SYR"); break; }
        // "مطار التيفور قرب حمص", "منطقة خاضعة للمعارضة قرب دمشق": what lies near a Syrian town is in its governorate, near
        // the capital in Rif Dimashq (the Damascus governorate is the city itself)
        if (!symmetric)
            foreach (var m in mentions)
                if (m.Places.Count == 1 && RegionNarrowing.IsGovernorate(m.Places[0]) && HasCue(cues, m, "near")
                    && !speakingCities.Contains(m) && !PlaceOwnedByOther(analysis, trigger, m, clause))
                    Add(ev.Places, m.Places[0] == "SY01" ? "SY03" : m.Places[0]);
        // "خلال زيارته لتركيا": the country visited is where the talks are held, as well as the host's government
        if (visitedCountry is not null && !speakingCities.Contains(visitedCountry)) AddPlace(ev, visitedCountry, 0, static (_, _) => true);
        // people leave for somewhere: "… وبات عدد الخارجين 16433 باتجاه إدلب" names the destination in a later clause
        if (ev.Type == "RETREAT") AddPlaces(ev, Destinations(analysis, sentence, trigger), 0, static (_, _) => true);
        // nothing left to the trigger: the places its own sentence names beat those of sentences before it
        if (ev.Places.Count == 0 && !symmetric)
        {
            var left = lists[5];
            foreach (var m in mentions)
                if (m.Places.Count > 0 && !speakingCities.Contains(m) && !NotWhere(cues, m) && !IsLocator(m, mentions, analysis.Tokens) && !RoadNames.Holds(analysis, m)) left.Add(m);
            AddPlaces(ev, left, (this, cues, joinedPlaces), static (s, m) => s.Item1.HasCue(s.cues, m, "place") || s.joinedPlaces.Contains(m));
        }
    }

    [ThreadStatic]
    private static List<EntityMention>[]? _fillLists;

    [ThreadStatic]
    private static List<string>? _struck;

    [ThreadStatic]
    private static List<EntityMention>? _firedFrom;

    /// <summary>A mention an attack by fired weapons reads apart (FiredWeapon): the foreign state they were sent to or fell in and
    /// the state whose air defence intercepted them are hit (<paramref name="struck"/>), the former a place of the attack as if
    /// "في" named it (<paramref name="aimedAt"/>); the place they came from is no party.</summary>
    private static bool FiredAt(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions,
        List<string> struck, List<EntityMention> firedFrom, List<EntityMention> aimedAt, ref bool destination)
    {
        // (or what the attack verb aims with them: "استهدف الحوثيون الرياض بصاروخ باليستي")
        if (FiredWeapon.LandOf(m) is { } iso && (FiredWeapon.Fires(tokens, trigger, FiredWeapon.DestinationCue(tokens, sentence, m), m)
            || FiredWeapon.WeaponBehindBa(tokens, sentence, m) && AimedAfterSubject(trigger, m, mentions)))
        {
            if (!struck.Contains(iso)) struck.Add(iso);
            // (where it went or fell is where the attack happened, as "في" would tell)
            aimedAt.Add(m);
            destination = true;
            return true;
        }
        if (m.Type == EntityType.Loc && FiredWeapon.Fires(tokens, trigger, FiredWeapon.OriginCue(tokens, sentence, m), m))
        {
            firedFrom.Add(m);
            return true;
        }
        // "اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون": the attack told by its interception hits the side that intercepts
        // (as below: Syria in its forces, any other state in its land), whatever force of it is named
        if (m.Actor is { } side && ActorCode.Country(side) is { } sideCountry && FiredWeapon.InterceptingSide(tokens, sentence, trigger, m, mentions))
        {
            var hit = sideCountry == "SYR" ? ActorCode.With(side, "MIL") : sideCountry;
            if (!struck.Contains(hit)) struck.Add(hit);
            return true;
        }
        // (the firing told right after the one who stops it: "رصدت قوات الدفاع الجوي للتحالف إطلاق صاروخ", "اعترضت صاروخا استهدف
        // الرياض"; not another attack of the clause, "عقب كلمة … بمناسبة ذكرى عملية عاصفة الحزم")
        if (m.Actor is { } code && ActorCode.Country(code) is { } country && trigger.FirstToken >= m.EndToken && trigger.FirstToken <= m.EndToken + 6
            && FiredWeapon.Interceptor(tokens, sentence, m))
        {
            // a state named as the one that intercepts is hit (in Syria in its forces, not its land); a force told by a common
            // noun ("قوات الدفاع الجوي للتحالف") only attacks no one
            var hit = m.Type != EntityType.Loc ? null : country == "SYR" ? ActorCode.With(code, "MIL") : country;
            if (hit is not null && !struck.Contains(hit)) struck.Add(hit);
            return true;
        }
        return false;
    }

    // the name right after the bare attack word and its named subject ("استهدف الحوثيون الرياض"; AttackObject.AfterSubject asks
    // more than one word of subject, as a bare verb's name is mostly its subject)
    private static bool AimedAfterSubject(TriggerMatch trigger, EntityMention m, List<EntityMention> mentions) =>
        !trigger.HasArticle && StartingAt(mentions, trigger.EndToken) is { Actor: { } subject } named && named.EndToken == m.FirstToken && ActorCode.IsArmed(subject);

    // whether a code of the same country is already listed
    private static bool SharesCountry(List<string> codes, string code)
    {
        foreach (var c in codes)
            if (ActorCode.SameCountry(c, code)) return true;
        return false;
    }

    // (its own method: the lambdas over Fill's parameters made Fill allocate their closure at every call, of any type)
    private static void AccusedOfCharge(Analysis analysis, Event ev, TriggerMatch trigger, List<EntityMention> mentions, List<(string Code, int Token)> actors)
    {
        // "ويُتّهم فلان بالتوسط بين النظام وتنظيم داعش": names inside the charge are parties of the deed charged, not accusers
        // (a loop from the end, not RemoveAll with a lambda: its closure over the parameters was made at every call)
        for (int k = actors.Count - 1; k >= 0; k--)
            if (ChargedObject.InsideCharge(analysis.Tokens, trigger, mentions, actors[k].Token)) actors.RemoveAt(k);
        // "وكان النظام السوري قد اتُّهم بشن هجمات": a verb with its charge right after it is passive, and the name nearest before it
        // is the accused
        if (ChargedObject.ChargeRightAfter(analysis.Tokens, trigger, mentions)) AccusedBefore(ev, trigger, actors);
    }

    // (its own method: the lambdas here are made only for a passive accusation)
    private static void AccusedBefore(Event ev, TriggerMatch trigger, List<(string Code, int Token)> actors)
    {
        if (actors.Where(a => a.Token < trigger.FirstToken).OrderBy(a => a.Token).LastOrDefault() is { Code: not null } accusedBefore)
        {
            Add(ev.Targets, accusedBefore.Code);
            actors.RemoveAll(a => a.Token == accusedBefore.Token);
        }
    }

    // a name in brackets right after a name of the same party
    private static bool BracketedAgain(IReadOnlyList<Token> tokens, List<EntityMention> mentions, EntityMention m)
    {
        int open = m.FirstToken - 1;
        if (m.Actor is null || open < 1 || tokens[open].Folded != "(") return false;
        foreach (var x in mentions)
            if (x.EndToken == open && x.Actor == m.Actor) return true;
        return false;
    }

    [ThreadStatic]
    private static List<(string Code, int Token)>? _actors;

    [ThreadStatic]
    private static List<string>? _reporters;

    /// <summary>A state deploys its forces ("نشرت تركيا تعزيزات" is the Turkish military); an opposition that moves or withdraws is its fighters.</summary>
    private static void ActAsForces(Event ev)
    {
        if (ev.Actors.Count == 0) return;
        var forces = new List<string>(ev.Actors.Count);
        foreach (var a in ev.Actors)
        {
            var force = ActorCode.Sector(a) switch
            {
                "GOV" when ev.Type == "MOBILIZE" => ActorCode.With(a, "MIL"),
                "OPP" => ActorCode.With(a, "REB"),
                _ => a,
            };
            if (!forces.Contains(force)) forces.Add(force);
        }
        ev.Actors.Clear();
        ev.Actors.AddRange(forces);
    }

    /// <summary>Talks and deals happen at a venue ("في موسكو"); the regions they concern are their topic.</summary>
    private List<EntityMention> Venues(Analysis analysis, Event ev, TriggerMatch trigger, List<EntityMention> mentions, List<Lexicons.TrieMatch<string[]>> cues,
        List<EntityMention> placed, List<EntityMention> joined, int clause)
    {
        // (loops, not LINQ over closures: asked for every trigger of talks and deals)
        // "يبحث … ملفات إقليمية، وفي مقدمتها … الوضع في لبنان": a place the talks are about is neither venue nor place
        if (ev.Type == "CONSULT")
            for (int i = placed.Count - 1; i >= 0; i--)
                if (TalkTopics.After(analysis.Tokens, trigger, placed[i])) placed.RemoveAt(i);
        List<EntityMention>? venues = null;
        foreach (var m in placed)
            if (m.FirstToken >= ev.Triggers[0].EndToken && (HasCue(cues, m, "place") || joined.Contains(m)) && (m.GeoPrecision == 1 || ForeignCountriesOnly(m.Places))) (venues ??= []).Add(m);
        if (venues is not null) return venues;
        // "اتفاق … على إجلاء مقاتليها من جوبر وعربين": a deal with no venue is placed where the departure it settles happens
        if (ev.Type == "AGREE")
            foreach (var m in mentions)
                if (m.Places.Count > 0 && m.FirstToken > trigger.EndToken && !placed.Contains(m) && !IsLocator(m, mentions, analysis.Tokens)
                    && PlaceOwner(analysis, trigger, m, clause) is { Entry.Type: "RETREAT" } owner && owner.FirstToken > trigger.FirstToken)
                    placed.Add(m);
        return placed;
    }

    // whether a Syrian governorate is among the places
    private static bool NamesGovernorate(List<string> places)
    {
        foreach (var p in places)
            if (RegionNarrowing.IsGovernorate(p)) return true;
        return false;
    }

    // every place a country other than Syria (ISO codes, no governorates)
    private static bool ForeignCountriesOnly(IReadOnlyList<string> places)
    {
        for (int i = 0; i < places.Count; i++)
            if (places[i].Length != 3 || places[i] == "SYR") return false;
        return true;
    }

    /// <summary>Places named after the trigger as where people leave for ("باتجاه إدلب"), not owned by another event of their clause.</summary>
    private static List<EntityMention> Destinations(Analysis analysis, Sentence sentence, TriggerMatch trigger)
    {
        var found = new List<EntityMention>();
        foreach (var m in MentionsIn(analysis, sentence))
            if (m.Places.Count > 0 && m.FirstToken > trigger.EndToken && IsDestination(analysis.Tokens, m)
                && !PlaceOwnedByOther(analysis, trigger, m, Clauses.Of(analysis, sentence, m.FirstToken))) found.Add(m);
        return found;
    }

    [ThreadStatic]
    private static List<(string Code, int Token)>[]? _slotLists;

    private static readonly HashSet<string> RelativePronouns = Lexicons.TsvTable.FoldedWords("relative_pronouns");

    // the mention's word carries the preposition ب before the name ("بسوريا", "بالعراق")
    private static bool BehindBa(Analysis analysis, EntityMention m)
    {
        var first = analysis.Tokens[m.FirstToken];
        return m.Span.Start > first.Start && analysis.Text.AsSpan(first.Start, m.Span.Start - first.Start).IndexOf('ب') >= 0;
    }

    private static readonly HashSet<string> WhichPronouns = ["وهو", "هو", "وهي", "هي", "وهذا", "هذا"];

    // "وهو ما نفته", "وهذا ما أكده": the trigger verb stands right after a pronoun and "ما"
    private static bool AfterWhich(IReadOnlyList<Token> tokens, TriggerMatch trigger) =>
        !trigger.HasArticle && trigger.Proclitics.Length == 0 && trigger.FirstToken >= 2 && tokens[trigger.FirstToken - 1].Folded == "ما"
        && WhichPronouns.Contains(tokens[trigger.FirstToken - 2].Folded);

    // the first name after the trigger that is not inside a relative clause opened after it: in "أعلنت السلطات الألمانية اعتقال
    // ثلاثة أشخاص … ضد الهجمات التي يشنها الجيش التركي" the army does what the clause tells of its noun, not the arrest
    private static (string Code, int Token)? OwnAfter(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<(string Code, int Token)> after)
    {
        int relative = RelativeAfter(tokens, trigger, after);
        foreach (var a in after)
            if (a.Token < relative) return a;
        return null;
    }

    // the first relative pronoun after the trigger, before its last name (int.MaxValue if none); one right after the trigger or
    // its adjective opens a clause on the trigger itself, whose doer is the trigger's ("الحصار الذي تفرضه قوات النظام")
    private static int RelativeAfter(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<(string Code, int Token)> after)
    {
        for (int k = trigger.EndToken + 2; after.Count > 0 && k < after[^1].Token; k++)
            if (RelativePronouns.Contains(tokens[k].Folded)) return k;
        return int.MaxValue;
    }

    /// <summary>The subject and object of a one-sided event among the names of its clause (<paramref name="actors"/>, with their tokens).</summary>
    private static void SubjectAndObject(Analysis analysis, Sentence sentence, Event ev, TriggerMatch trigger, List<EntityMention> mentions, List<(string Code, int Token)> actors)
    {
        // verb-subject-object, but after "إن/أن" the subject often comes first ("إن المدنيين … يناشدون");
        // a verbal noun's agent follows it or was named before it
        var index = SentenceIndex.For(analysis);
        int segment = index.Segment(trigger.FirstToken);
        // (seven working lists, one set per thread: this method never runs inside itself and keeps none of them)
        var lists = _slotLists ??= [[], [], [], [], [], [], []];
        foreach (var list in lists) list.Clear();
        var after = lists[0];
        // a mention that overlaps the trigger itself counts as before it
        var before = lists[1];
        foreach (var a in actors) (a.Token >= trigger.EndToken ? after : before).Add(a);
        var sameSegmentBefore = lists[2];
        var fronted = lists[3];
        var framed = lists[4];
        var carried = lists[5];
        var frame = PluperfectFrame.Subject(analysis.Tokens, sentence.FirstToken, trigger);
        foreach (var a in before)
        {
            if (index.Segment(a.Token) == segment && segment > 0) sameSegmentBefore.Add(a);
            // "تركيا تتهم واشنطن بدعم …", "داعش يهدد ترامب": a name that opens the sentence (or follows a colon or comma) right
            // before a verb without و is its subject — the order of headlines; the name after the verb is then its object
            if (IsFrontedSubject(analysis, sentence, trigger, mentions, a.Token)) fronted.Add(a);
            // "وكانت بريطانيا، وفرنسا، وألمانيا قد حثت الولايات المتحدة": the names framed by كان … قد are all the subject
            if (frame is var (from, to) && a.Token >= from && a.Token < to) framed.Add(a);
            // "وجهت الحكومة الألمانية انتقادات لـ…": the name between a verb that carries the event noun and that noun is its agent
            // ("وقدمت روسيا وإيران دعما عسكريا", "وفرضت واشنطن أمس عقوبات": the names the support verb carries, coordinated or with a day between)
            if (CarriedAgent(analysis.Tokens, trigger, mentions, a.Token)
                || !trigger.HasArticle && StartingAt(mentions, a.Token) is { } m && SupportVerbAgent(analysis, trigger, m, mentions)) carried.Add(a);
        }
        // "تقضي بانسحاب وحدات حماية الشعب": leaving is intransitive, so the name right after its verbal noun is who leaves
        bool nounAgent = ev.Type == "RETREAT" && after.Count > 0 && after[0].Token == trigger.EndToken && trigger.HasPreposition;
        // "ندعو روسيا إلى …": a verb in the first person has the speaker for subject, and the speaker is named before it or not at all;
        // the name after it is the one it addresses
        // …and so does a verb in the plural ("يتهمون إيران", "يمنعون المراقبين الدوليين"), whose subject came before it
        bool plural = trigger.Entry.PluralVerb && !trigger.HasArticle && ev.Type is not ("RETREAT" or "MOBILIZE");
        bool accused = ev.Type == "ACCUSE" && after.Count > 0 && after[0].Token == trigger.EndToken && framed.Count == 0 && carried.Count == 0
            && StartingAt(mentions, after[0].Token) is { } named && BehindLam(analysis, named);
        if ((trigger.Entry.FirstPerson || plural) && before.Count == 0) Add(ev.Targets, after[0].Code);
        // "دعت المملكة الحكومة السورية", "اتهم التقرير الحكومة العراقية": a one-word subject Rasd cannot name stands right after the
        // verb and the name right after it is the object (verb, subject, object), never the subject
        else if (after.Count > 0 && framed.Count == 0 && carried.Count == 0 && fronted.Count == 0 && sameSegmentBefore.Count == 0 && !trigger.HasArticle
            && UnnamedSubject(analysis, trigger, after[0].Token) is >= 0 and var unnamed && unnamed + 1 == after[0].Token
            && !trigger.Entry.Possessive
            // "دعمها الكامل للحكومة": a name behind a preposition is no object
            && !(analysis.Tokens[after[0].Token].Folded[0] is 'ل' or 'ب' && analysis.Tokens[after[0].Token].Readings.Any(r => r.Proclitics.Contains('ل') || r.Proclitics.Contains('ب')))
            // "ندد الفلسطينيون والأردن": a name joined with و is a second subject
            && !analysis.Tokens[after[0].Token].MayOpenWithAnd
            && StartingAt(mentions, after[0].Token) is { Type: EntityType.Org or EntityType.Loc, IsNamedEntity: true })
            Add(ev.Targets, after[0].Code);
        // "الدول الكبرى تدعو إسرائيل إلى ضبط النفس": a subject Rasd cannot name opens the sentence, as headlines put it, right before
        // a verb in the present; the name right after the verb is then its object
        else if (after.Count > 0 && before.Count == 0 && after[0].Token == trigger.EndToken && UnnamedFrontedSubject(analysis, sentence, trigger)
            && !analysis.Tokens[after[0].Token].Readings.Any(r => r.Proclitics.Length > 0))
            Add(ev.Targets, after[0].Code);
        // "اتهامات للقوات الحكومية بـ…", "انتقادات لروسيا": the name behind ل right after an accusation noun is the accused; the
        // accuser is named before the noun or not at all
        else if (accused && before.Count == 0)
            Add(ev.Targets, after[0].Code);
        else
        {
            (string Code, int Token) subject =
                // "…، وهو ما نفته هيئة تحرير الشام": a verb right after "وهو ما" opens a clause on what was just told, and its
                // subject is named after it (not the names of the deed before)
                after.Count > 0 && AfterWhich(analysis.Tokens, trigger) ? after[0]
                // "مع المستشارة الألمانية التي دعت الحكومة التركية إلى …": a verb right after a relative pronoun has for subject the
                // name the pronoun follows; the name after the verb is its object
                : RelativeAntecedent(analysis.Tokens, trigger, mentions, before) is { } antecedent ? antecedent
                : framed.Count > 0 ? framed[0]
                : nounAgent ? after[0]
                : carried.Count > 0 ? carried[^1]
                : fronted.Count > 0 ? fronted[^1]
                : sameSegmentBefore.Count > 0 ? sameSegmentBefore[^1]
                : OwnAfter(analysis.Tokens, trigger, after) is { } own && !trigger.HasArticle && !trigger.Entry.Possessive && !trigger.Entry.FirstPerson && !plural && !accused ? own
                : before.Count > 0 ? before[^1]
                : after[0];
            // "روسيا والصين": coordinated subjects act together (walk back to the head of the chain first)
            // (the names before the subject as it was first chosen, nearest first)
            int chosen = subject.Token;
            for (int i = actors.Count - 1; i >= 0; i--)
            {
                var a = actors[i];
                if (a.Token >= chosen) continue;
                var head = StartingAt(mentions, subject.Token) ?? throw new InvalidOperationException("the subject is no mention");
                var prev = StartingAt(mentions, a.Token);
                if (prev is null || !Joined(analysis.Tokens, prev, head.FirstToken)) break;
                subject = a;
            }
            // a group phrase puts several codes on one token
            foreach (var a in actors)
                if (a.Token == subject.Token && !ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
            // (the chains' tokens in this thread's lists: a few names each, asked as a set would be)
            var chains = _chains ??= [[], []];
            var coordinated = chains[0];
            coordinated.Clear();
            coordinated.Add(subject.Token);
            var joined = lists[6];
            foreach (var a in framed)
                if (AddOnce(coordinated, a.Token) && !ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
            JoinedOnward(analysis.Tokens, mentions, actors, subject.Token, coordinated, joined);
            foreach (var a in joined)
                if (!ev.Targets.Contains(a.Code)) Add(ev.Actors, a.Code);
            // the object: the first other actor after the trigger
            (string Code, int Token) obj = default;
            // (of a deed done to someone, not one inside a relative clause opened after the trigger: that clause tells of its own
            // noun; but the doer of a deed told in a clause on a statement's object is what the statement is against: "انتقد
            // الحملة التي تشنها تركيا")
            int relative = ev.Type is "COERCE" or "AID" or "RETREAT" or "MOBILIZE" ? RelativeAfter(analysis.Tokens, trigger, after) : int.MaxValue;
            foreach (var a in after)
                if (a.Token < relative && !coordinated.Contains(a.Token) && !ev.Actors.Contains(a.Code)) { obj = a; break; }
            if (obj.Code is not null && !ev.Actors.Contains(obj.Code))
            {
                Add(ev.Targets, obj.Code);
                // "اتهمت لندن روسيا وإيران": the names coordinated with the object are objects too
                var objectChain = chains[1];
                objectChain.Clear();
                objectChain.Add(obj.Token);
                JoinedOnward(analysis.Tokens, mentions, after, obj.Token, objectChain, joined);
                foreach (var a in joined)
                    if (!ev.Actors.Contains(a.Code)) Add(ev.Targets, a.Code);
            }
        }
    }

    [ThreadStatic]
    private static List<int>[]? _chains;

    // the name that ends right before the relative pronoun the trigger verb follows ("ميركل التي دعت"); null when the trigger is
    // no bare verb right after such a pronoun
    private static (string Code, int Token)? RelativeAntecedent(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions, List<(string Code, int Token)> before)
    {
        int pronoun = trigger.FirstToken - 1;
        if (pronoun < 1 || trigger.HasArticle || trigger.Proclitics.Length > 0 || !RelativePronouns.Contains(tokens[pronoun].Folded)) return null;
        for (int i = before.Count - 1; i >= 0; i--)
            if (StartingAt(mentions, before[i].Token) is { } m && m.EndToken == pronoun) return before[i];
        return null;
    }

    // "للقوات", "لإيران": the name's word carries ل before the name itself (not "لافروف", whose ل is its own); a mention that
    // takes in its whole word ("للقوات التركية" read as forces) has it when the word opens with ل and the article
    private static bool BehindLam(Analysis analysis, EntityMention m)
    {
        var token = analysis.Tokens[m.FirstToken];
        if (m.Span.Start > token.Start) return analysis.Text.AsSpan(token.Start, m.Span.Start - token.Start).Contains('ل');
        return token.Readings.Any(r => r.HasArticle && r.Proclitics.StartsWith("لل", StringComparison.Ordinal));
    }

    // a set's Add over a list of a few tokens
    private static bool AddOnce(List<int> tokens, int token)
    {
        if (tokens.Contains(token)) return false;
        tokens.Add(token);
        return true;
    }

    /// <summary>
    /// The names of <paramref name="list"/> after the token <paramref name="from"/> that are joined, one after another, to a name of
    /// the chain ("روسيا وإيران", "دمشق وحليفتها موسكو"), into <paramref name="joined"/> (emptied first): the chain grows as they
    /// come, and ends at the first name not joined.
    /// </summary>
    private static void JoinedOnward(IReadOnlyList<Token> tokens, List<EntityMention> mentions,
        List<(string Code, int Token)> list, int from, List<int> chain, List<(string Code, int Token)> joined)
    {
        joined.Clear();
        foreach (var a in list)
        {
            if (a.Token <= from) continue;
            EntityMention? prev = null;
            foreach (var x in mentions)
                if (x.EndToken <= a.Token && chain.Contains(x.FirstToken)) prev = x;
            if (prev is null || !Joined(tokens, prev, a.Token)) return;
            AddOnce(chain, a.Token);
            joined.Add(a);
        }
    }

    /// <summary>"واتهمت روسيا بقصف …": nobody named before the verb and the charge right after its one name: that name is the accused.</summary>
    private static void ChargedAfterVerb(Analysis analysis, Sentence sentence, Event ev, TriggerMatch trigger, List<EntityMention> mentions,
        List<(string Code, int Token)> actors, List<EntityMention> speakingCities)
    {
        if (actors.All(a => a.Token >= trigger.EndToken)
            && ChargedObject.Accused(analysis.Tokens, trigger, mentions, actors.Min(a => a.Token)) && actors.Min(a => a.Token) is var accused)
        {
            foreach (var a in actors.Where(a => a.Token == accused)) Add(ev.Targets, a.Code);
            actors.Clear();
            // "دمشق ترد … وتتهم باريس بالتبعية": the name that opens the sentence is the subject of its coordinated verbs
            if (MentionsIn(analysis, sentence).FirstOrDefault() is { } opener && opener.FirstToken == sentence.FirstToken && opener.EndToken <= trigger.FirstToken
                && StatementRoles.PartyCode(opener) is { } openerCode)
            {
                speakingCities.Add(opener);
                foreach (var code in ActorCode.Members(openerCode)) if (!ev.Targets.Contains(code)) Add(ev.Actors, code);
            }
        }
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

    // the givers become the actors and the receivers the targets (names that stand for no one place); with no receiver
    // named after the verb ("الوحدات الكردية التي … وتلقت الدعم من واشنطن"), the party already taken is the receiver
    private static void ReceivedFrom(Event ev, List<EntityMention> receivers, List<EntityMention> givers, List<EntityMention> speakingCities)
    {
        foreach (var m in receivers)
            if (StatementRoles.PartyCode(m) is { } code)
            {
                ev.Actors.Remove(code);
                Add(ev.Targets, code);
                speakingCities.Add(m);
            }
        var giverCodes = new List<string>();
        foreach (var m in givers)
            if (StatementRoles.PartyCode(m) is { } code)
            {
                ev.Targets.Remove(code);
                Add(ev.Actors, code);
                giverCodes.Add(code);
                speakingCities.Add(m);
            }
        if (receivers.Count > 0) return;
        for (int k = ev.Actors.Count - 1; k >= 0; k--)
            if (!giverCodes.Contains(ev.Actors[k]))
            {
                Add(ev.Targets, ev.Actors[k]);
                ev.Actors.RemoveAt(k);
            }
    }

    // the giving states become the actors (their governments), every other actor the one supported
    private static void GivenBy(Event ev, List<string> givers)
    {
        for (int k = ev.Actors.Count - 1; k >= 0; k--)
        {
            var code = ev.Actors[k];
            if (ActorCode.Country(code) is { } iso && givers.Contains(iso)) continue;
            ev.Actors.RemoveAt(k);
            Add(ev.Targets, code);
        }
        foreach (var iso in givers)
        {
            ev.Targets.RemoveAll(t => ActorCode.Country(t) == iso);
            if (!ev.Actors.Exists(a => ActorCode.Country(a) == iso)) Add(ev.Actors, iso + "GOV");
        }
    }

    /// <summary>A name right before the verb as its subject: after "إن/أن", or fronted as headlines put it ("طهران ترفض").</summary>
    /// <summary>Whether the name is the subject put before the verb of a statement or of talks or a deal in its sentence ("دمشق تتهم …", "أنقرة وواشنطن تتفقان").</summary>
    private static bool FrontedSpeaker(Analysis analysis, Sentence sentence, EntityMention m)
    {
        if (analysis.Get<TriggerLayer>()?.InSentence(sentence.Index) is not { } triggers) return false;
        foreach (var t in triggers)
            if ((SpeechActs.Contains(t.Entry.Type) || Symmetric.Contains(t.Entry.Type)) && t.FirstToken > m.FirstToken && Fronted(analysis, sentence, t, m)) return true;
        return false;
    }

    private static bool SubjectBeforeVerb(Analysis analysis, Sentence sentence, TriggerMatch trigger, EntityMention m) =>
        Fronted(analysis, sentence, trigger, m)
        || m.EndToken == trigger.FirstToken && trigger.Proclitics.Length == 0 && m.FirstToken > 0 && TimeAttacher.IsComplementizer(analysis.Tokens[m.FirstToken - 1]);

    // how far before a name "بين" may stand for the name to be one of the sides it lists ("بين فصائل المعارضة المسلحة والجيش السوري")
    private const int BetweenReach = 8;

    /// <summary>Whether <paramref name="m"/> is one of the sides listed after "بين" right behind a trigger of another type than <paramref name="trigger"/>.</summary>
    private static bool BetweenOfOther(Analysis analysis, TriggerMatch trigger, EntityMention m)
    {
        // (a name before the trigger may be its subject: "محادثات بين الرئيسين … واتفقا")
        if (m.FirstToken < trigger.EndToken) return false;
        var tokens = analysis.Tokens;
        int between = -1;
        for (int k = m.FirstToken - 1; k >= Math.Max(trigger.EndToken, m.FirstToken - BetweenReach); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
            if (tokens[k].Folded == "بين") { between = k; break; }
        }
        if (between < 0) return false;
        var all = analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex);
        if (all is null) return false;
        TriggerMatch? owner = null;
        foreach (var t in all)
        {
            // ("اتفاق بين الأكراد ودمشق يقضي بدخول الجيش": a trigger past "بين" has names of its own)
            if (t.FirstToken > between && t.EndToken <= m.FirstToken) return false;
            if (t.EndToken <= between && between - t.EndToken <= 2 && (owner is null || t.FirstToken > owner.FirstToken)) owner = t;
        }
        return owner is not null && owner.Entry.Type != trigger.Entry.Type;
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
    /// With <paramref name="adjacent"/> the first adjective must stand right after the trigger.
    /// </summary>
    private static List<string> NationalitiesNear(IReadOnlyList<Token> tokens, TriggerMatch trigger, Sentence sentence, IReadOnlyList<EntityMention> mentions,
        List<Lexicons.TrieMatch<string[]>> cues, bool adjacent = false, bool attack = false)
    {
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + (adjacent ? 1 : 4)); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) break;
            if (CueStartsAt(cues, k) || Covers(mentions, k)) break;
            // "استهدف القاعدة الروسية": an adjective past what the attack hits is the side hit (TargetNationalities), not the attacker
            if (attack && TargetNationalities.IsObjectHead(tokens, trigger, k)) break;
            if (EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is null) continue;
            // "قتل شاب فلسطيني", "إصابة طفل سوري": an adjective on an unarmed person counted is the victim's nationality, not the force's (a militia, "ميليشيا إيرانية", is one)
            if (attack && k > trigger.EndToken && Quantities.FigureLexicon.Default.Noun(tokens[k - 1]) is { Kind: Quantities.NounKind.Person, Group: not "fighters" }) break;
            // "ضربات جوية داخل الأراضي السورية": an adjective on a state's territory tells where, not who
            if (k > trigger.EndToken && TerritoryNoun(tokens[k - 1])) continue;
            // "روسية وسورية", "الروسي التركي": each adjective joined by و, or set right after the last, names another party
            // (unless it only tells where a weapon was made: "روسية الصنع")
            return AdjectiveRun(tokens, sentence, k);
        }
        return NoCountries;
    }

    /// <summary>Nationality adjectives on the object right after a statement verb and its named subjects: "أدانت دمشق الغارات الإسرائيلية" → ISR.</summary>
    private static List<string> ObjectNationalities(IReadOnlyList<Token> tokens, TriggerMatch trigger, Sentence sentence, List<EntityMention> mentions,
        IReadOnlyList<Time.Timex>? timexes)
    {
        int k = trigger.EndToken;
        // a titled subject: "انتقد الرئيس التركي رجب طيب أردوغان …"
        int titled = k;
        while (titled < sentence.EndToken && (TitledConjunct.IsTitleWord(tokens[titled].Folded)
            || titled > k && EntityLexicon.Default.AdjectiveCountryAt(tokens, titled) is not null)) titled++;
        if (titled > k && StartingAt(mentions, titled) is not null) k = titled;
        // a leadership noun before the body that speaks: "ووصفت قيادة منظمة التحرير الفلسطينية …"
        else if (k + 1 < sentence.EndToken && SubjectHeads.Contains(tokens[k].Folded) && StartingAt(mentions, k + 1) is not null) k++;
        // past the subjects named right after the verb ("دمشق", "الحكومة السورية", "فرنسا والولايات المتحدة")
        for (var m = StartingAt(mentions, k); m is not null; m = StartingAt(mentions, k)) k = m.EndToken;
        // the word after the verb is its object only once the subject is named: after it ("رفض الفصائل الطلب"), before the verb
        // ("إيران تدين الضربة الإسرائيلية") or as the pronoun of a verbal noun ("رفضها الاقتراح الروسي"); else it is the subject
        // itself ("انتقد الرئيس التركي …", "اتهم القضاء الفرنسي …")
        bool subjectNamed = k > trigger.EndToken || trigger.Entry.Possessive || EndsAt(mentions, trigger.FirstToken);
        // "ووصفت قيادة المنظمة الجمعة القرار الأميركي بأنه …": the day may stand between the subject and the object
        if (subjectNamed) k = PastTime(timexes, k, sentence.EndToken);
        // "توجيه انتقادات للسياسة الإسرائيلية": the object "ل" marks is never the subject, named or not
        bool marked = k < sentence.EndToken && tokens[k].Folded.StartsWith("لل", StringComparison.Ordinal);
        if (!subjectNamed && !marked) return NoCountries;
        // "أدانت الخارجية المصرية بشدة العدوان التركي": a manner adverb may stand before the object
        if (k < sentence.EndToken && MannerAdverbs.Contains(tokens[k].Folded)) k++;
        // the object: one definite word, then its adjectives ("الاقتراح الروسي", "الغارات الإسرائيلية والأمريكية"), or with the
        // preposition the verb takes ("ندد روحاني بالهجوم التركي")
        if (k + 1 >= sentence.EndToken || !tokens[k].IsWord
            || !(tokens[k].Folded.StartsWith("ال", StringComparison.Ordinal) || tokens[k].Folded.StartsWith("بال", StringComparison.Ordinal) || marked)
            || EntityLexicon.Default.AdjectiveCountryAt(tokens, k) is not null || Covers(mentions, k + 1)
            // ("اقتراح رفضه الرئيس التركي": a title after the verb is its subject, the pronoun its object)
            || TitledConjunct.IsTitleWord(tokens[k].Folded)) return NoCountries;
        return AdjectiveRun(tokens, sentence, k + 1);
    }

    /// <summary>The first token from <paramref name="k"/> on that no time expression covers (a whole timex that starts there is passed).</summary>
    private static int PastTime(IReadOnlyList<Time.Timex>? timexes, int k, int end)
    {
        if (timexes is null) return k;
        foreach (var t in timexes)
            if (t.FirstToken == k && t.EndToken <= end) return t.EndToken;
        return k;
    }

    // data/statement_subject_heads.tsv: "قيادة", "رئاسة" — nouns of leadership before the name of a body that speaks
    private static readonly HashSet<string> SubjectHeads = Lexicons.TsvTable.FoldedWords("statement_subject_heads");

    // manner adverbs between a statement verb's subject and its object (folded)
    private static readonly HashSet<string> MannerAdverbs = ["بشده", "بقوه", "بشدة", "بقوة", "ايضا", "أيضا"];

    // data/territory_nouns.tsv: "الأراضي", "الأجواء" — nouns of a state's territory
    private static readonly HashSet<string> TerritoryNouns = Lexicons.TsvTable.FoldedWords("territory_nouns");

    private static bool TerritoryNoun(Token token)
    {
        foreach (var r in token.Readings)
            if (TerritoryNouns.Contains(r.Stem) || r.Stem.StartsWith("ال", StringComparison.Ordinal) && TerritoryNouns.Contains(r.Stem[2..])) return true;
        return false;
    }

    /// <summary>The countries of the nationality adjectives set one after another from <paramref name="from"/> ("الروسية والإيرانية").</summary>
    private static List<string> AdjectiveRun(IReadOnlyList<Token> tokens, Sentence sentence, int from)
    {
        List<string>? found = null;
        for (int j = from; j < sentence.EndToken && EntityLexicon.Default.AdjectiveCountryAt(tokens, j) is { } iso; j++)
            if (!(found ??= []).Contains(iso)) found.Add(iso);
        return found ?? NoCountries;
    }

    // what NationalitiesNear finds most of the time (read only)
    private static readonly List<string> NoCountries = [];

    /// <summary>Fighters named as the counted people of a figure ("مقتل 10 عناصر من قوات النظام") are the ones attacked.</summary>
    /// <summary>
    /// "قتل ضابطا في الجيش السوري", "إصابة 3 عناصر في هيئة تحرير الشام": the force or group named with "في" right after the men a
    /// figure counts is the one they served in (not a place: "مقتل 3 جنود في تركيا" says where).
    /// </summary>
    private static bool CountedServedIn(Analysis analysis, EntityMention m)
    {
        if (m.Type == EntityType.Loc || m.FirstToken == 0 || analysis.Tokens[m.FirstToken - 1].Folded != "في") return false;
        var figures = analysis.Get<Quantities.FigureLayer>();
        if (figures is null) return false;
        foreach (var f in figures.Figures)
            if (f.Role is "killed" or "injured" && analysis.TokenAtOrAfter(f.Span.End) == m.FirstToken - 1) return true;
        return false;
    }

    /// <summary>Whether the name is joined by و, one name after another, to a side whose dead or wounded are counted right before it.</summary>
    private static bool JoinedToCountedVictims(Analysis analysis, EntityMention m, List<EntityMention> mentions)
    {
        var tokens = analysis.Tokens;
        for (var current = m; tokens[current.FirstToken].Folded.StartsWith('و');)
        {
            EntityMention? prev = null;
            foreach (var x in mentions)
                if (x.EndToken == current.FirstToken) prev = x;
            if (prev is null) return false;
            if (CountedVictims(analysis, prev)) return true;
            current = prev;
        }
        return false;
    }

    private static bool CountedVictims(Analysis analysis, EntityMention m)
    {
        var figures = analysis.Get<Quantities.FigureLayer>();
        if (figures is null) return false;
        foreach (var f in figures.Figures)
        {
            int end = analysis.TokenAtOrAfter(f.Span.End);
            if (m.FirstToken >= end && m.FirstToken - end <= 1 && (m.FirstToken == end || analysis.Tokens[end].Folded == "من")) return true;
            // "مقتل 45 عنصرا من تنظيم "الدولة الإسلامية"": the kind word and the quote mark that open a quoted name belong to it
            if (end < m.FirstToken && analysis.Tokens[end].Folded == "من" && PastQuotedKind(analysis.Tokens, end + 1, m) == m.FirstToken) return true;
            if (m.FirstToken > 0 && f.Span.Contains(m.Span)) return true;
            // "3042 من تنظيم داعش": the count's noun is the first word of the name of the side that lost them
            if (m.Span.Start > f.Span.Start && m.Span.Start < f.Span.End && m.Span.End > f.Span.End) return true;
        }
        return false;
    }

    // past the kind word ("تنظيم", "قوات") and the quote marks that open a quoted name, when they do open one
    private static int PastQuotedKind(IReadOnlyList<Token> tokens, int j, EntityMention m)
    {
        if (j + 1 < m.FirstToken && CueFillers.Contains(tokens[j].Folded) && tokens[j + 1].IsQuoteMark) j++;
        int start = j;
        while (j < m.FirstToken && tokens[j].IsQuoteMark) j++;
        return j > start ? j : -1;
    }

    /// <summary>A region right after a place only locates it ("منبج بشمال سوريا", "إدلب شمال غرب سوريا"): it adds no governorates.</summary>
    private static bool IsLocator(EntityMention region, List<EntityMention> mentions, IReadOnlyList<Token> tokens)
    {
        if (CityOfPlace(region, mentions, tokens)) return true;
        if (region.Places.Count <= 1) return false;
        foreach (var p in mentions)
            // (the record inequality last: it compares fields, and the tests before it already tell most apart)
            if (p.Places.Count == 1 && p.EndToken <= region.FirstToken && region.FirstToken - p.EndToken <= 1 && p != region) return true;
        return false;
    }

    // "الغوطة الشرقية لدمشق", "الضاحية الجنوبية لبيروت": a city joined by "لـ" right after a place only says which city's
    // area it is; the event is in the area, not in the city
    private static bool CityOfPlace(EntityMention city, List<EntityMention> mentions, IReadOnlyList<Token> tokens)
    {
        if (city.Type != EntityType.Loc || city.Places.Count == 0 || city.Text.StartsWith('ل')) return false;
        // the "لـ" is a proclitic on the name's first word, left out of the mention's text, or on the place word before the name
        // ("الغوطة الشرقية لمدينة دمشق")
        var first = tokens[city.FirstToken];
        int joined = city.FirstToken;
        if (city.FirstToken > 0 && tokens[city.FirstToken - 1].Folded is "لمدينه" or "لمحافظه" && first.Span.Start >= city.Span.Start) joined--;
        else if (first.Span.Start >= city.Span.Start || !first.Folded.StartsWith('ل')) return false;
        foreach (var p in mentions)
            // (not "من حمص لدمشق": from one city to the other; nor a state or capital that acts: "ضربة فرنسا لدمشق", "دعم طهران لدمشق")
            if (p.EndToken == joined && p.Type == EntityType.Loc && p.Actor is null && p.Places.Count > 0 && !p.Places.SequenceEqual(city.Places)
                && (p.FirstToken == 0 || tokens[p.FirstToken - 1].Folded != "من")) return true;
        return false;
    }

    // (a list, read by index: through IEnumerable every call boxed an enumerator)
    internal static bool CueStartsAt(List<Lexicons.TrieMatch<string[]>> cues, int token)
    {
        for (int i = 0; i < cues.Count; i++)
            if (cues[i].FirstToken == token) return true;
        return false;
    }

    /// <summary>Whether one of the mentions covers the token.</summary>
    internal static bool Covers(IReadOnlyList<EntityMention> mentions, int token)
    {
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i].FirstToken <= token && token < mentions[i].EndToken) return true;
        return false;
    }

    // another mention with an actor that ends before this one starts ("وطالب الأكراد دمشق": someone else speaks)
    private static bool ActorNamedBefore(List<EntityMention> mentions, EntityMention m)
    {
        foreach (var x in mentions)
            // (the record inequality last: it compares fields)
            if (x.Actor is not null && x.EndToken <= m.FirstToken && x.FirstToken != m.FirstToken && x != m) return true;
        return false;
    }

    /// <summary>The first mention that starts at a token, or null.</summary>
    internal static EntityMention? StartingAt(List<EntityMention> mentions, int token)
    {
        foreach (var x in mentions)
            if (x.FirstToken == token) return x;
        return null;
    }

    /// <summary>The cues of one role.</summary>
    /// <remarks>Most sentences have none: they share one empty list (read only).</remarks>
    private List<Lexicons.TrieMatch<string[]>> WithRole(List<Lexicons.TrieMatch<string[]>> cues, string role)
    {
        // (the mentions of one sentence and type ask with the same cues, which are never changed: the last answer is kept, as
        // HoldingIn keeps its own)
        if (ReferenceEquals(_roleFrom, cues) && _roleName == role) return _withRole!;
        List<Lexicons.TrieMatch<string[]>>? found = null;
        foreach (var c in cues)
            if (Role(c) == role) (found ??= []).Add(c);
        (_roleFrom, _roleName) = (cues, role);
        return _withRole = found ?? NoCues;
    }

    [ThreadStatic]
    private static List<Lexicons.TrieMatch<string[]>>? _roleFrom, _withRole;

    [ThreadStatic]
    private static string? _roleName;

    private static readonly List<Lexicons.TrieMatch<string[]>> NoCues = [];

    // the role column, read for every cue a mention is checked against
    private string Role(Lexicons.TrieMatch<string[]> cue) => _roleColumn < cue.Value.Length ? cue.Value[_roleColumn] : "";

    // "حق النقض", "الفيتو", "بالفيتو": a veto
    private static bool IsVeto(TriggerMatch trigger) =>
        trigger.Entry.Phrase.Contains("النقض", StringComparison.Ordinal) || trigger.Entry.Phrase.Contains("فيتو", StringComparison.Ordinal);

    // "مخاطبا", "مخاطبة": the name after one is whom the speaker addresses (data/saying_participles.tsv, kind addressing)
    private static readonly HashSet<string> AddressingWords = CarriedSubject.Participles("addressing");

    private static readonly HashSet<string> AdmissionWords = Lexicons.TsvTable.FoldedWords("refusal_admission_words");

    private static readonly HashSet<string> MemberHeads = Lexicons.TsvTable.FoldedWords("event_member_heads");

    // "خلية إرهابية موالية لـ": a cell, a network or the arrested within three words before a member cue (data/event_member_heads.tsv),
    // not an outlet or a force loyal to a side; or the cue's own head noun ("قيادي في تنظيم داعش")
    private static bool MemberHeadBefore(IReadOnlyList<Token> tokens, int cue, Sentence sentence)
    {
        for (int k = cue; k >= Math.Max(sentence.FirstToken, cue - 3); k--)
            if (MemberHeads.Contains(tokens[k].Folded) || tokens[k].Readings.Any(r => MemberHeads.Contains(r.Stem))) return true;
        return false;
    }

    private static readonly HashSet<string> VisitWords = Lexicons.TsvTable.FoldedWords("event_visit_words");

    private static readonly HashSet<string> ToWords = new(StringComparer.Ordinal) { "ل", "مع" };

    // the mention stands in brackets right after a name with its code (an adjective or two may stand between: "… الرسمية (سانا)")
    private static bool BracketedRepeat(IReadOnlyList<Token> tokens, List<EntityMention> mentions, EntityMention m)
    {
        if (m.Actor is null || m.FirstToken < 2 || m.EndToken >= tokens.Count || tokens[m.FirstToken - 1].Folded != "(" || tokens[m.EndToken].Folded != ")") return false;
        foreach (var x in mentions)
            if (x != m && x.Actor == m.Actor && x.EndToken <= m.FirstToken - 1 && m.FirstToken - 1 - x.EndToken <= 2) return true;
        return false;
    }

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

    private static bool IsVisit(TriggerMatch trigger) => VisitWords.Contains(trigger.Entry.FoldedPhrase);

    private static readonly HashSet<string> DestinationCues = Lexicons.TsvTable.FoldedWords("event_destination_cues");

    // (not one followed by "حيث": "توجه إلى دمشق، حيث وقع اتفاقا" names where the deal was signed)
    private static bool IsDestination(IReadOnlyList<Token> tokens, EntityMention m) =>
        m.FirstToken > 0 && DestinationCues.Contains(tokens[m.FirstToken - 1].Folded) && !WhereFollows(tokens, m.EndToken);

    private static bool WhereFollows(IReadOnlyList<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].IsComma) k++;
        return k < tokens.Count && tokens[k].Folded is "حيث" or "وحيث";
    }

    /// <summary>A place named as a topic ("بشأن إدلب"), a landmark ("قرب X") or a stage of a journey ("قبل بكين") is not where the event happens.</summary>
    /// <remarks>The cues right before the place read once, each role tested on them (not a pass over the cues per role).</remarks>
    private bool NotWhere(List<Lexicons.TrieMatch<string[]>> cues, EntityMention m)
    {
        foreach (var c in cues)
            if (c.EndToken == m.FirstToken && IsNotWhereRole(Role(c), m)) return true;
        return false;
    }

    private static bool IsNotWhereRole(string role, EntityMention m) => role is "topic" or "near" or "border" or "sequence" or "backer"
        // "الهلال الأحمر الكردي ومقره في القامشلي": where a body sits is not where the event happened
        or "seat" or "timezone" or "recipient"
        // "عفرين الخاضعة لسيطرة موسكو": the state or capital that holds a place describes it; the event is not in that state
        || role == "controller" && m.Type == EntityType.Loc;

    private bool HasCue(List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, string role)
    {
        foreach (var c in cues)
            if (c.EndToken <= m.FirstToken && m.FirstToken == c.EndToken && Role(c) == role) return true;
        return false;
    }

    private bool ReachedBy(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, string role)
    {
        foreach (var c in cues)
            if (Role(c) == role && CueReaches(tokens, c, m, attack: role is "target" or "victim")) return true;
        return false;
    }

    // data/event_cue_fillers.tsv: words any cue reaches across, and those only a victim cue does
    internal static readonly HashSet<string> CueFillers = Fillers(victimOnly: false);

    // (made once: the method group CueFillers.Contains made a new delegate at every ask)
    private static readonly Func<string, bool> IsCueFiller = CueFillers.Contains;

    private static readonly HashSet<string> VictimCueFillers = Fillers(victimOnly: true);

    private static HashSet<string> Fillers(bool victimOnly)
    {
        var table = Lexicons.TsvTable.LoadEmbedded("event_cue_fillers");
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
            if ((table.Cell(row, "cues") == "victim") == victimOnly) words.Add(ArabicFolding.FoldString(table.Cell(row, "word")));
        return words;
    }

    // a target cue ("على", "ضد", "استهداف") reaches the mention
    private bool CuedTarget(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m)
    {
        foreach (var c in cues)
            if (Role(c) is "target" or "victim" && CueReaches(tokens, c, m, attack: true)) return true;
        return false;
    }

    /// <summary>Whether an actor cue ("من قبل", "شنتها") reaches the mention, or a name coordinated with one it reaches.</summary>
    private bool CuedActor(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, List<EntityMention> mentions)
    {
        foreach (var c in cues)
            if (CueReaches(tokens, c, m) && Role(c) == "actor") return true;
        return CoordinatedWithCued(tokens, cues, m, mentions, "actor");
    }

    /// <summary>Whether a role cue marks a mention: right before it, or across words like "فصائل من" that only head the phrase.</summary>
    private bool CueReaches(IReadOnlyList<Token> tokens, Lexicons.TrieMatch<string[]> cue, EntityMention m, bool attack = false)
    {
        // what an attack hits may be a quoted name ("ضد تنظيم "الدولة الإسلامية"", "مواقع لـ"هيئة تحرير الشام""); other cues keep
        // to bare names: a quoted faction after "القيادي في" or "ضغوطا على" is still the party that speaks or agrees
        bool quoted = attack && Role(cue) is "target" or "victim" or "struck" or "member";
        bool victim = Role(cue) is "victim" or "struck";
        if (cue.EndToken > m.FirstToken || m.FirstToken - cue.EndToken > 3) return false;
        // "من وصفهم بالإرهابيين", "… بـ"الإرهابيين"": the name is the description only behind بـ; in "ما وصفتها وزارة الدفاع بـ"
        // the name after the verb is who describes
        if (Role(cue) == "described")
        {
            if (cue.EndToken == m.FirstToken) return tokens[m.FirstToken].Folded.StartsWith('ب');
            if (tokens[cue.EndToken].Folded != "ب") return false;
            for (int k = cue.EndToken + 1; k < m.FirstToken; k++)
                if (!tokens[k].IsQuoteMark) return false;
            return true;
        }
        // "من قبل نظام الرئيس السوري بشار الأسد", "ارتكبها نظام الرئيس بشار الأسد": an actor cue reaches a person across his title
        // (not "بين", whose parties are as often those of talks or a row: "ملاسنة بين رئيس الوزراء الإسرائيلي نتنياهو و…")
        if (Role(cue) == "actor" && cue.Value[0] != "بين" && m.Type == EntityType.Per && TitledConjunct.TitleRun(tokens, cue.EndToken, m.FirstToken))
            return true;
        for (int k = cue.EndToken; k < m.FirstToken; k++)
        {
            var word = tokens[k].Folded;
            // a hashtag mark ("تنظيم #داعش") is no word
            if (word == "#" || CueFillers.Contains(word)) continue;
            if (quoted && QuotedNameFiller(tokens, k, m, victim)) continue;
            // "قتلى من جنود النظام": the men of a side, after the dead or wounded of it
            if (VictimCueFillers.Contains(word) && victim) continue;
            // "مواقع استخباراتية تابعة للحرس الثوري": an adjective of relation describes the positions hit, whoever's they are
            if (victim && RelationAdjective(word)) continue;
            // "شبكة تنتمي إلى تنظيم داعش": the preposition of belonging stands between (as a separate cue word it would hide "إلى")
            if (word == "الى" && Role(cue) == "member") continue;
            // "قيادي في تنظيم داعش", "عنصرا من الحرس الثوري": the preposition between a member and the side he serves in
            if (word is "في" or "من" && k == cue.EndToken && Role(cue) == "member") continue;
            return false;
        }
        return true;
    }

    // a feminine adjective of relation ("استخباراتية", "الإيرانية" folded to "…يه"): long enough not to be a short noun ("قرية")
    private static bool RelationAdjective(string folded) => folded.Length >= 7 && folded.EndsWith("يه", StringComparison.Ordinal);

    // the quote mark that opens a name, a filler that carries "ل" ("ضد مواقع لتنظيم "الدولة الإسلامية"", "موقعا لقيادة داعش") or the "لـ" written apart
    // before the quote ("مواقع لـ"هيئة تحرير الشام"")
    private static bool QuotedNameFiller(IReadOnlyList<Token> tokens, int k, EntityMention m, bool victim)
    {
        var word = tokens[k].Folded;
        // ("ضد تنظيم (داعش)": a name put in brackets after its kind opens as a quoted one does)
        if (tokens[k].IsQuoteMark || word == "(" && k + 1 == m.FirstToken) return true;
        if (word.Length > 2 && word[0] == 'ل' && word[1..] is var rest && (CueFillers.Contains(rest) || victim && VictimCueFillers.Contains(rest))) return true;
        return word == "ل" && k + 1 < m.FirstToken && tokens[k + 1].IsQuoteMark;
    }

    // "من" right before the mention, itself right after the request verb or after the subject that follows it ("طلبت السلطات التركية من")
    private static bool AskedOf(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        int min = m.FirstToken - 1;
        if (min < trigger.EndToken || tokens[min].Folded != "من") return false;
        // only the verb that asks something of someone: "ناشد لافرنتييف من بيروت" appeals from a place
        if (!tokens[trigger.FirstToken].Readings.Any(r => r.Stem is "طلب" or "طلبت" or "يطلب" or "تطلب")) return false;
        if (min == trigger.EndToken) return true;
        foreach (var other in mentions)
            if (other.FirstToken == trigger.EndToken && other.EndToken == min) return true;
        return false;
    }

    /// <summary>Whether what a capital is asked or accused of follows it: "إلى" or a verbal noun behind "ب" ("بالتدخل", "بوقف").</summary>
    internal static bool AskedOrChargedAfter(IReadOnlyList<Token> tokens, EntityMention m)
    {
        if (m.EndToken >= tokens.Count) return false;
        var next = tokens[m.EndToken];
        if (next.Folded == "الي") return true;
        foreach (var r in next.Readings)
            if (r.Proclitics.EndsWith('ب') && r.Stem.Length > 2) return true;
        return false;
    }

    /// <summary>Whether a mention is the trigger's own argument: right after it (possibly through a chain of "و" coordinated actors) or just before a verbal trigger.</summary>
    private static bool TiedToTrigger(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken >= trigger.EndToken)
        {
            int pos = trigger.EndToken;
            // mentions come in text order (a stable sort only for a list that is not)
            foreach (var other in InOrder(mentions))
            {
                if (other.FirstToken < trigger.EndToken) continue;
                if (other.FirstToken - pos > 1) return false;
                // (a record compares field by field: the token first)
                if (other.FirstToken == m.FirstToken && other == m) return true;
                pos = other.EndToken;
            }
            return false;
        }
        // "رحبت تركيا بالغارات": a trigger behind a preposition is another verb's object, not the subject's act
        // (the article's ل is no preposition)
        if (trigger.HasPreposition) return false;
        // "اتهمت روسيا إسرائيل بالوقوف وراء هجوم صاروخي", "واشنطن المسؤولة عن الهجوم": who is said to stand behind the deed did it
        if (ResponsibilityBetween(tokens, m.EndToken, trigger.FirstToken)) return true;
        // ("إن إسرائيل شنت الضربة الجوية": a definite noun is tied only through a carrying verb, which takes it as the deed its subject did)
        if (trigger.FirstToken - m.EndToken <= 1 && !trigger.HasArticle) return true;
        // "النظام السوري شن 33 هجوما": a verb that carries the event noun, and its count, stand between the agent and the noun
        // ("وكانت بريطانيا وفرنسا قد شنت ضربات": the particle قد before the verb too, and the names coordinated before the last one)
        m = LastJoined(tokens, m, mentions, trigger.FirstToken);
        // ("فرنسا والولايات المتحدة أطلقت صواريخ", "الولايات المتحدة وفرنسا وبريطانيا أطلقت": the first of names coordinated
        // right before the verb that is the trigger does it too)
        if (trigger.FirstToken == m.EndToken && !trigger.HasArticle) return true;
        int k = m.EndToken;
        int particle = tokens[k].Folded == "قد" ? 1 : 0;
        k += particle;
        if (k >= trigger.FirstToken || !tokens[k].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && SupportVerbs.Contains(r.Stem))) return false;
        // the count in digits or in a word ("نفذت ثلاث هجمات")
        for (k++; k < trigger.FirstToken; k++)
            if (!tokens[k].IsNumber && !Numbers.NumberLexicon.Default.TryCardinal(tokens[k].Folded, out _, out _)) return false;
        return trigger.FirstToken - m.EndToken <= 2 + particle;
    }

    // the last of the names coordinated after m ("الولايات المتحدة وفرنسا وبريطانيا"), none of them ending past end
    private static EntityMention LastJoined(IReadOnlyList<Token> tokens, EntityMention m, List<EntityMention> mentions, int end)
    {
        var last = m;
        for (bool moved = true; moved;)
        {
            moved = false;
            foreach (var x in mentions)
                if (x.FirstToken >= last.EndToken && x.EndToken <= end && Joined(tokens, last, x.FirstToken)) { last = x; moved = true; break; }
        }
        return last;
    }

    private static readonly HashSet<string> DeedNouns = Lexicons.TsvTable.FoldedWords("event_deed_nouns");

    private static readonly HashSet<string> LeadingPrepositions = Lexicons.TsvTable.FoldedWords("subject_blocking_prepositions");

    // "هددت أنقرة بشن هجوم", "تدرس واشنطن توجيه ضربة": a state named right before a verbal noun of carrying out
    // (data/event_deed_nouns.tsv) that stands right before the trigger is the one that would act — the subject of the verb
    // before it, not a place behind a preposition ("في واشنطن")
    private static bool DeedNounAgent(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        // ("هددت واشنطن وباريس بشن ضربات": the last of the states joined by و stands before the deed noun)
        var last = LastJoined(tokens, m, mentions, trigger.FirstToken - 1);
        int deed = last.EndToken;
        if (deed + 1 != trigger.FirstToken || m.FirstToken == 0 || trigger.HasPreposition) return false;
        if (!tokens[deed].Readings.Any(r => r.Proclitics is "" or "ب" && DeedNouns.Contains(r.Stem))) return false;
        var before = tokens[m.FirstToken - 1];
        return before.IsWord && !LeadingPrepositions.Contains(before.Folded) && tokens[m.FirstToken].Readings.Any(r => r.Proclitics is "" or "و");
    }

    /// <summary>
    /// "شنت الولايات المتحدة وبريطانيا وفرنسا، فجر السبت، ضربات": the names right after a verb that carries the event noun (verb,
    /// subject, object) are its agents, with only their coordinated names, commas, a time or a count before the noun.
    /// </summary>
    private static bool SupportVerbAgent(Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        // ("شنت إسرائيل الضربة": the definite noun too)
        if (m.EndToken > trigger.FirstToken || trigger.HasPreposition) return false;
        var tokens = analysis.Tokens;
        // the head of the chain of names coordinated with this one
        var head = m;
        for (bool moved = true; moved;)
        {
            moved = false;
            foreach (var x in mentions)
                if (x.EndToken <= head.FirstToken && Joined(tokens, x, head.FirstToken)) { head = x; moved = true; break; }
        }
        // ("ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة": "كل من" may open the list of subjects)
        int verb = EachOfBefore(tokens, head.FirstToken) ? head.FirstToken - 3 : head.FirstToken - 1;
        if (verb < 0 || !tokens[verb].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && SupportVerbs.Contains(r.Stem))) return false;
        var times = analysis.Get<Time.TimexLayer>()?.Timexes ?? [];
        for (int k = m.EndToken; k < trigger.FirstToken; k++)
        {
            // ("وتشن تركيا وفصائل سورية موالية لها هجوما": who is loyal to the subject, and the pronoun back to it)
            if (IsAllegiance(tokens, k, trigger.FirstToken)) { k++; continue; }
            // ("ونفذت تركيا وحلفاؤها أمس عملية": an ally noun joins the subject too)
            // ("وشنت إسرائيل في 10 شباط سلسلة غارات": a noun of number or series right before the event noun counts it)
            if (k == trigger.FirstToken - 1 && SeriesNouns.Contains(tokens[k].Folded)) continue;
            if (!(Covers(mentions, k) || tokens[k].Kind == TokenKind.Punctuation || tokens[k].IsNumber || InTimex(times, k) || AllyNounBefore(tokens, k + 1)
                // ("وكثفت تركيا، منذ الأحد، قصفها": the short preposition that leads the time in)
                || (tokens[k].IsWord && tokens[k].Folded.Length <= 4 && k + 1 < trigger.FirstToken && InTimex(times, k + 1)))) return false;
        }
        return true;
    }

    private static readonly string Each = ArabicFolding.FoldString("كل"), Of = ArabicFolding.FoldString("من");

    /// <summary>Whether "كل من" ("each of", opening a list of subjects) stands right before <paramref name="token"/>.</summary>
    private static bool EachOfBefore(IReadOnlyList<Token> tokens, int token) =>
        token >= 2 && tokens[token - 1].Folded == Of && tokens[token - 2].Folded == Each;

    // nouns of number or series that may stand right before the event noun a support verb carries (folded)
    private static readonly HashSet<string> SeriesNouns = ["سلسله", "موجه", "عشرات", "مئات", "عددا", "جوله"];

    /// <summary>Whether "بين" (an actor cue) and a name right after it follow the trigger within ten words with no comma between: "محادثات … بين روسيا وتركيا".</summary>
    private bool HasBetweenList(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, TriggerMatch trigger, List<EntityMention> mentions)
    {
        foreach (var c in cues)
            if (c.TokenCount == 1 && tokens[c.FirstToken].Folded == "بين" && c.FirstToken >= trigger.EndToken && c.FirstToken - trigger.EndToken <= 10
                && Role(c) == "actor" && !HasComma(tokens, trigger.EndToken, c.FirstToken) && StartingAt(mentions, c.EndToken) is { Actor: not null, GeoPrecision: not (1 or 2) }) return true;
        return false;
    }

    private static bool ComplementizerBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            // ("إلا أن", "غير أن": "but", which goes on with the talks' own sentence)
            if (TimeAttacher.IsComplementizer(tokens[k]) && !(k > 0 && tokens[k - 1].Folded is "الا" or "غير" or "بيد")) return true;
        return false;
    }

    private static bool HasComma(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].IsComma) return true;
        return false;
    }

    private static List<EntityMention> InOrder(List<EntityMention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
            if (mentions[i].FirstToken < mentions[i - 1].FirstToken) return [.. mentions.OrderBy(x => x.FirstToken)];
        return mentions;
    }

    private static bool CarriedAgent(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions, int token)
    {
        var m = StartingAt(mentions, token);
        if (m is null || m.EndToken != trigger.FirstToken || m.FirstToken == 0 || trigger.HasArticle || trigger.HasPreposition) return false;
        return tokens[m.FirstToken - 1].Readings.Any(r => r.Proclitics is "" or "و" or "ف" && SupportVerbs.Contains(r.Stem));
    }

    private static readonly HashSet<string> SupportVerbs = Lexicons.TsvTable.FoldedWords("event_support_verbs");

    private static readonly HashSet<string> ResponsibilityPhrases = Lexicons.TsvTable.FoldedWords("event_responsibility_phrases");

    // the words from `from` up to the trigger are one phrase of data/event_responsibility_phrases.tsv (at most four words)
    private static bool ResponsibilityBetween(IReadOnlyList<Token> tokens, int from, int trigger)
    {
        int count = trigger - from;
        if (count is < 1 or > 4) return false;
        if (count == 1) return ResponsibilityPhrases.Contains(tokens[from].Folded);
        var words = new string[count];
        for (int k = 0; k < count; k++) words[k] = tokens[from + k].Folded;
        return ResponsibilityPhrases.Contains(string.Join(' ', words));
    }

    /// <summary>
    /// Whether the name at <paramref name="next"/> is coordinated with <paramref name="prev"/>: right after it with "و" ("روسيا وإيران"),
    /// or after a "و" noun of alliance that points back to it ("دمشق وحليفتها موسكو", data/coordination_nouns.tsv).
    /// </summary>
    private static bool Joined(IReadOnlyList<Token> tokens, EntityMention prev, int next) =>
        (prev.EndToken == next && tokens[next].Folded.StartsWith('و'))
        // "وقدمت روسيا، وإيران، دعما": a comma before the "و" of a listed name (as Clauses reads it: a list, no new clause)
        || (prev.EndToken == next - 1 && tokens[next - 1].IsComma && tokens[next].Folded.StartsWith('و'))
        || (prev.EndToken == next - 1 && AllyNounBefore(tokens, next))
        // "بوتين ونظيره التركي أردوغان": "و" with the second name's title
        || (next > prev.EndToken && TitledConjunct.Between(tokens, prev.EndToken, next));

    // (loops rather than List.Exists over lambdas: those capture the mention, a closure object for every name Fill looks at)
    private static bool EndsAt(List<EntityMention> names, int token)
    {
        foreach (var c in names)
            if (c.EndToken == token) return true;
        return false;
    }

    private static bool JoinedToAny(IReadOnlyList<Token> tokens, List<EntityMention> names, int next)
    {
        foreach (var c in names)
            if (Joined(tokens, c, next)) return true;
        return false;
    }

    /// <summary>Whether the word before <paramref name="next"/> is an ally noun with "و" ("وحلفاؤه", data/coordination_nouns.tsv).</summary>
    internal static bool AllyNounBefore(IReadOnlyList<Token> tokens, int next) =>
        next > 0 && tokens[next - 1].Readings.Any(r => r.Proclitics == "و" && (AllyNouns.Contains(r.Stem) || AllyNouns.Contains(StripPronoun(r.Stem))));

    // "حليفتها" → "حليفة", "حلفائه" → "حلفاء": the noun without its pronoun suffix (a folded ة before a suffix is ت)
    private static string StripPronoun(string stem)
    {
        if (PronounSuffix.Strip(stem, 3) is not { } bare) return stem;
        return bare.EndsWith('ت') ? bare[..^1] + "ه" : bare.EndsWith('ئ') ? bare[..^1] + "ء" : bare;
    }

    private static readonly HashSet<string> AllyNouns = Lexicons.TsvTable.FoldedWords("coordination_nouns");

    /// <summary>data/allegiance_words.tsv, folded: "موالية", "المدعومة", "مؤيدين" …</summary>
    internal static readonly HashSet<string> AllegianceWords = Lexicons.TsvTable.FoldedWords("allegiance_words");

    // "موالية لها", "المدعومة منها", "المتحالفة معها": an allegiance word and the short preposition with its pronoun after it
    private static bool IsAllegiance(IReadOnlyList<Token> tokens, int k, int before) =>
        k + 1 < before && AllegianceWords.Contains(tokens[k].Folded) && tokens[k + 1].Folded is { Length: >= 2 and <= 5 } next
        && (next.StartsWith('ل') || next.StartsWith("مع", StringComparison.Ordinal) || next.StartsWith("من", StringComparison.Ordinal));

    private bool CoordinatedWithCued(IReadOnlyList<Token> tokens, List<Lexicons.TrieMatch<string[]>> cues, EntityMention m, List<EntityMention> mentions, string role,
        bool placeOnly = false)
    {
        var current = m;
        while (tokens[current.FirstToken].Folded.StartsWith('و') || AllyNounBefore(tokens, current.FirstToken))
        {
            EntityMention? prev = null;
            foreach (var x in mentions)
                if (Joined(tokens, x, current.FirstToken)) prev = x;
            if (prev is null) return false;
            if (HasCue(cues, prev, role)) return !placeOnly || prev.Type == EntityType.Loc;
            // "ضد تنظيمي داعش وحزب العمال الكردستاني": the first name reached by its cue across a filler passes the cue on too
            if (!placeOnly && ReachedBy(tokens, cues, prev, role)) return true;
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
        while (k < firstNamed && InTimex(times, k)) k++;
        if (k >= firstNamed || !tokens[k].IsWord || Covers(covered, k)) return -1;
        // "المسؤول الإيراني", "المسؤولون الروس": a nationality adjective right after the noun names whose subject it is
        if (k + 1 < tokens.Count && EntityLexicon.Default.AdjectiveCountry(tokens[k + 1]) is not null) return -1;
        // "إليها" and "إلى" are prepositions, whatever a reading as article + stem says
        if (tokens[k].Folded.StartsWith("الي", StringComparison.Ordinal) && tokens[k].Folded.Length <= 6) return -1;
        // "المملكة" carries the article; "آلاف" only looks as if it did
        return tokens[k].Readings.Any(r => r.HasArticle && r.Stem.Length >= 3) ? k : -1;
    }

    /// <summary>
    /// Whether the sentence opens with one to three definite words that no name covers ("الدول الكبرى", "الفصائل المعارضة") right
    /// before the trigger, a verb in the present with no conjunction ("تدعو", "يطالب"): the subject put first.
    /// </summary>
    private static bool UnnamedFrontedSubject(Analysis analysis, Sentence sentence, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        int words = trigger.FirstToken - sentence.FirstToken;
        if (words is < 1 or > 3 || trigger.HasArticle || trigger.Proclitics.Length != 0 || trigger.TokenCount != 1) return false;
        if (tokens[trigger.FirstToken].Folded is not ['ت' or 'ي', ..]) return false;
        var covered = analysis.Get<EntityLayer>()?.Mentions ?? [];
        for (int k = sentence.FirstToken; k < trigger.FirstToken; k++)
            if (!tokens[k].IsWord || Covers(covered, k) || !tokens[k].Readings.Any(r => r.Proclitics == "ال" && r.HasArticle)) return false;
        return true;
    }

    /// <summary>Whether the token lies inside one of the time expressions.</summary>
    internal static bool InTimex(IReadOnlyList<Time.Timex> times, int token)
    {
        for (int i = 0; i < times.Count; i++)
            if (token >= times[i].FirstToken && token < times[i].EndToken) return true;
        return false;
    }

    /// <summary>Whether the name at <paramref name="token"/> stands right before the trigger, opening its sentence or a part set off by punctuation, with no conjunction on the trigger.</summary>
    private static bool IsFrontedSubject(Analysis analysis, Sentence sentence, TriggerMatch trigger, List<EntityMention> mentions, int token) =>
        StartingAt(mentions, token) is { } m && Fronted(analysis, sentence, trigger, m);

    /// <summary>A name that opens its sentence (or follows a colon or comma) right before a bare verb: its subject, in headlines' order.</summary>
    private static bool Fronted(Analysis analysis, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        if (trigger.Proclitics.Length != 0 || trigger.HasArticle) return false;
        // "موسكو ودمشق تتهمان إسرائيل": names joined by و right before the verb are all its subject when the first of them opens the clause
        var names = SentenceIndex.For(analysis).Mentions(sentence.Index);
        for (var last = m; last.EndToken != trigger.FirstToken;)
        {
            if (StartingAt(names, last.EndToken) is not { } next || !analysis.Tokens[next.FirstToken].Folded.StartsWith('و')) return false;
            last = next;
        }
        var first = m;
        while (first.FirstToken > sentence.FirstToken && analysis.Tokens[first.FirstToken].Folded.StartsWith('و')
            && EndingAt(names, first.FirstToken) is { } joined) first = joined;
        bool chain = first != m || m.EndToken != trigger.FirstToken;
        return first.FirstToken == sentence.FirstToken || analysis.Tokens[first.FirstToken - 1].Kind == TokenKind.Punctuation
            // "لكن دمشق تنفي", "بينما موسكو ترفض": a clause opened by one of these particles puts its subject first too
            || FrontingParticles.Contains(analysis.Tokens[first.FirstToken - 1].Folded)
            // "مؤكدا أن موسكو ودمشق تطالبان": and so does "أن/إن" before a chain of names (one name there is its own case)
            || (chain && TimeAttacher.IsComplementizer(analysis.Tokens[first.FirstToken - 1]));
    }

    // the name that ends right at a token (the one before a name joined to it by و)
    private static EntityMention? EndingAt(List<EntityMention> names, int token)
    {
        foreach (var c in names)
            if (c.EndToken == token) return c;
        return null;
    }

    private static readonly HashSet<string> FrontingParticles = Lexicons.TsvTable.FoldedWords("fronting_particles");

    /// <summary>A name that says or warns ("حذرت باريس", "قالت موسكو") before a statement-like event of its clause: its speaker.</summary>
    private static bool SpeakerBefore(Analysis analysis, Sentence sentence, Event ev, TriggerMatch trigger, EntityMention m) =>
        SpeechActs.Contains(ev.Type) && m.EndToken <= trigger.FirstToken && AttributionFinder.Default.SpeaksNextTo(analysis, sentence, m);

    /// <summary>Places named in a sentence; countries that take part as actors are parties, not places.</summary>
    public static void AddPlaces(Event ev, IEnumerable<EntityMention> mentions, Func<EntityMention, bool>? placeCued = null)
    {
        placeCued ??= _ => false;
        foreach (var m in mentions) AddPlace(ev, m, placeCued, static (cued, x) => cued(x));
        // the whole country adds nothing once a governorate is known
        if (ev.Places.Count > 1) ev.Places.Remove("SYR");
    }

    /// <summary>As <see cref="AddPlaces(Event, IEnumerable{EntityMention}, Func{EntityMention, bool}?)"/> with no place cue, over the mentions that name no government (a capital that stands for one is no place).</summary>
    internal static void AddPlacesBesidesGovernments(Event ev, List<EntityMention> mentions)
    {
        // (a loop over the list, not a filtered enumerable: asked for every unplaced event)
        foreach (var m in mentions)
            if (m.Actor is null || ActorCode.Sector(m.Actor) != "GOV") AddPlace(ev, m, 0, static (_, _) => false);
        if (ev.Places.Count > 1) ev.Places.Remove("SYR");
    }

    // as above, over a list and with the place cue asked through a state (no closure per call)
    private static void AddPlaces<TState>(Event ev, List<EntityMention> mentions, TState state, Func<TState, EntityMention, bool> placeCued)
    {
        foreach (var m in mentions) AddPlace(ev, m, state, placeCued);
        if (ev.Places.Count > 1) ev.Places.Remove("SYR");
    }

    private static void AddPlace<TState>(Event ev, EntityMention m, TState state, Func<TState, EntityMention, bool> placeCued)
    {
        if (m.Places.Count == 0) return;
        bool isCountryActor = m.GeoPrecision == 3 && m.Actor is { } a && m.Places.Count == 1 && IsCountryOf(a, m.Places[0]) && (ev.Actors.Contains(a) || ev.Targets.Contains(a) || HasForces(ev.Actors, a));
        // talks held "في تركيا" are held there even when Turkey takes part ("التقى أردوغان بوتين في تركيا"); before the
        // trigger "في" more often places a title ("وزير الثقافة في إيران، خلال الجلسة")
        if (isCountryActor && !(Symmetric.Contains(ev.Type) && m.FirstToken >= ev.Triggers[0].EndToken && placeCued(state, m))) return;
        // a foreign country named in a sentence is a party or a topic more often than a place, unless "في" says so
        if (m.GeoPrecision == 3 && m.Places.Count == 1 && m.Places[0].Length == 3 && !placeCued(state, m)) return;
        // (an index loop: a foreach over the read-only list boxed an enumerator per place added)
        for (int k = 0; k < m.Places.Count; k++) Add(ev.Places, m.Places[k]);
        if (m.Places.Count > 1) ev.Regions.Add(m);
        if (ev.Location is null || (m.GeoPrecision ?? 3) < ev.Location.Precision)
            ev.Location = new PlaceDetail(m.NameEn ?? m.CanonicalName, m.FinePcode ?? m.Id, m.Latitude, m.Longitude, m.GeoPrecision ?? 3);
    }

    // ActorCode.Country(code) == place, without cutting the country code out of the actor's
    private static bool IsCountryOf(string code, string place) =>
        code.Length >= 3 && code != "IGO" && place.Length == 3 && code.AsSpan(0, 3).SequenceEqual(place);

    // list.Contains(ActorCode.With(code, "MIL")) for a code with a country, without building that code
    private static bool HasForces(List<string> list, string code)
    {
        foreach (var x in list)
            if (x.Length == 6 && x.AsSpan(0, 3).SequenceEqual(code.AsSpan(0, 3)) && x.AsSpan(3).SequenceEqual("MIL")) return true;
        return false;
    }

    /// <summary>Adds a code to a list of codes unless it is there.</summary>
    internal static void Add(List<string> list, string code)
    {
        if (!list.Contains(code)) list.Add(code);
    }
}
