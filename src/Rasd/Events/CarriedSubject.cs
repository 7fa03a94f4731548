using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "أدان وزير الخارجية التركي الهجوم. ودعا إلى فتح تحقيق دولي": a statement verb opening its sentence with "و" and naming no
/// subject goes on with the subject of the sentence before, the first party named at its start.
/// </summary>
internal static class CarriedSubject
{
    // the verbs of saying something to or about someone, whose subject news leaves out when it goes on with the same speaker
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT" };

    // how far into the sentence before its subject may start ("قال المفوض السامي …", "وأدان وزير الخارجية …")
    private const int SubjectReach = 4;

    private static readonly HashSet<string> SayingParticiples = Participles("saying");

    /// <summary>The participles of data/saying_participles.tsv of one kind (saying, addressing), folded.</summary>
    internal static HashSet<string> Participles(string kind) => Lexicons.TsvTable.LoadEmbedded("saying_participles").FoldedWhere("kind", kind, "word");

    // the verb goes straight on with what is said or asked ("ودعا إلى", "وحذر من", "وطالب بالإفراج", "وأكد أن"): no subject between;
    // a noun after it may be its subject ("ودعت المنظمة …", "ويهدد التقدم التركي …") or its object, and is left alone
    private static bool SubjectLeftOut(Text.Token next)
    {
        if (next.Folded is "الي" or "علي" or "من" or "عن" or "ان" or "بان" or "بما") return true;
        // "وتوعد قائلا "أبلغنا الحكومة العراقية …"": a participle of saying leads into the quote, whose names are not the speaker
        if (SayingParticiples.Contains(next.Folded)) return true;
        // "وطالب بالإفراج", "ويهدد بالتقدم": ب with the article (a bare ب-word may be a name: "وينفي برانسون")
        foreach (var r in next.Readings)
            if (r.Proclitics == "بال") return true;
        return false;
    }

    // "واتهم النظام السوري بارتكاب مجازر", "واتهم لندن بممارسة ضغوط": the state or body right after the verb already read as whom it
    // accuses, threatens or asks is its object; a person or a capital there is as a rule the subject ("واتهم الأسد إسرائيل", "وتتهم أنقرة …")
    private static bool ObjectRightAfter(Analysis analysis, Event ev, TriggerMatch trigger, Text.Sentence sentence)
    {
        if (ev.Targets.Count == 0 || ev.Type is not ("ACCUSE" or "THREATEN" or "REQUEST")) return false;
        foreach (var m in ArgumentFinder.MentionsIn(analysis, sentence))
            if (m.FirstToken == trigger.EndToken)
                return m.Type != EntityType.Per && !(m.Type == EntityType.Loc && m.GeoPrecision is 1 or 2) && m.Actor is { } code && ev.Targets.Contains(code);
        return false;
    }

    // the kinds of deed a speaker tells as his own after "وأعلن أنه …": a visit, talks, a deal, a call, aid
    private static readonly HashSet<string> OwnDeedTypes = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AID" };

    private static readonly HashSet<string> SpeechVerbs = Lexicons.TsvTable.FoldedWords("speech_verbs");

    /// <summary>
    /// "وأعرب شتاينماير عن … وأعلن أنه سيزور المملكة": a sentence that opens with "و" and a verb of saying with no subject, then
    /// "أنه/أنها" and the deed, tells the deed of the previous sentence's subject (the speaker speaks of himself).
    /// </summary>
    public static void ApplyToldOfSelf(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (!OwnDeedTypes.Contains(ev.Type) || trigger.SentenceIndex == 0 || trigger.HasArticle) return;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var tokens = analysis.Tokens;
        int verb = sentence.FirstToken;
        // "وأعلن أنه سيزور", "وأكد أنه لن يقبل": the pronoun right after the verb, the deed's verb right after it (a negation between)
        if (trigger.FirstToken - verb is < 2 or > 3 || !tokens[verb].Readings.Any(r => r.Proclitics == "و" && SpeechVerbs.Contains(r.Stem))) return;
        if (tokens[verb + 1].Folded is not ("انه" or "انها" or "بانه" or "بانها")) return;
        var before = analysis.Sentences[trigger.SentenceIndex - 1];
        if (SentenceSubject.Of(analysis, before.Index, before.EndToken, SubjectReach) is { } code && !ev.Actors.Contains(code))
        {
            ev.Targets.Remove(code);
            ev.Actors.Insert(0, code);
        }
    }

    private static readonly HashSet<string> SupportVerbs = Lexicons.TsvTable.FoldedWords("event_support_verbs");

    /// <summary>
    /// "وكانت إسرائيل قالت إنها لن تتسامح …، وشنت ضربات على أهداف إيرانية": a support verb joined by "و" inside the sentence, with the
    /// event noun right after it and no subject between, goes on with the subject the sentence opened with (a state attacks with its forces).
    /// </summary>
    public static void ApplyJoinedVerb(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Actors.Count > 0 || trigger.HasArticle || trigger.HasPreposition) return;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        int verb = trigger.FirstToken - 1;
        if (verb <= sentence.FirstToken + 1 || !analysis.Tokens[verb].Readings.Any(r => r.Proclitics == "و" && SupportVerbs.Contains(r.Stem))) return;
        if (SentenceSubject.Of(analysis, sentence.Index, verb, SubjectReach) is not { } code || ev.Targets.Contains(code)) return;
        // "ويقول تقرير الأمم المتحدة إن التنظيم …، ويشن هجمات": a report's author opening the sentence does not attack
        if (ev.Type == "ASSAULT" && (code == "IGO" || ActorCode.Sector(code) is "NGO" or "MED")) return;
        if (ev.Type == "ASSAULT" && ActorCode.Sector(code) == "GOV") code = ActorCode.With(code, "MIL");
        if (!ev.Targets.Contains(code)) ev.Actors.Add(code);
    }

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        // "وتوعد قائلا "أبلغنا الحكومة العراقية …"": a verb that opens its sentence and goes straight into a quote names no subject;
        // the parties read from the quote are not the speaker
        if (Types.Contains(ev.Type) && trigger.Proclitics == "و" && !trigger.HasArticle && trigger.SentenceIndex > 0
            && trigger.FirstToken == analysis.Sentences[trigger.SentenceIndex].FirstToken && trigger.EndToken < analysis.Tokens.Count
            && SayingParticiples.Contains(analysis.Tokens[trigger.EndToken].Folded)) ev.Actors.Clear();
        if (ev.Actors.Count > 0 || !Types.Contains(ev.Type) || trigger.SentenceIndex == 0 || trigger.HasArticle || trigger.Proclitics != "و") return;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        // "واتهم النظام السوري بارتكاب مجازر": the name after the verb already read as whom it accuses, threatens or asks is its object,
        // and the subject is again left out
        if (trigger.FirstToken != sentence.FirstToken || trigger.EndToken >= sentence.EndToken
            || !SubjectLeftOut(analysis.Tokens[trigger.EndToken]) && !ObjectRightAfter(analysis, ev, trigger, sentence)) return;
        var before = analysis.Sentences[trigger.SentenceIndex - 1];
        if (SentenceSubject.Of(analysis, before.Index, before.EndToken, SubjectReach) is { } code) ev.Actors.Add(code);
    }
}
