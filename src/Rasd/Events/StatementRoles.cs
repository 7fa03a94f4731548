using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Who a statement is about and whom it blames: "انتقد لافروف دمشق لمنعها …", "انتقدت باريس ضمنا دمشق".</summary>
internal static class StatementRoles
{
    /// <summary>The actor a statement blames for a deed told as "ل/ب + verbal noun" right after it: the last name between the two.</summary>
    internal static (string Code, EntityMention Mention)? BlamedFor(Analysis analysis, TriggerMatch trigger, List<EntityMention> mentions)
    {
        if (!trigger.HasPreposition && !SupportNouns.CarryBehindPreposition(analysis.Tokens, trigger)) return null;
        // the nearest accusation ending within five words before it (the first of equals)
        TriggerMatch? statement = null;
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
            if (t.Entry.Type is "ACCUSE" && t.EndToken <= trigger.FirstToken && trigger.FirstToken - t.EndToken <= 5 && (statement is null || t.FirstToken > statement.FirstToken))
                statement = t;
        if (statement is null) return null;
        int deed = SupportNouns.CarryBehindPreposition(analysis.Tokens, trigger) ? trigger.FirstToken - 1 : trigger.FirstToken;
        for (int k = statement.EndToken; k < deed; k++)
            if (analysis.Tokens[k].Kind == TokenKind.Punctuation) return null;
        // "إدانة السعودية للهجوم": after the noun of a statement, the name before the deed behind ل is who condemns it, not whom
        // it blames (with ب the name is the accused: "اتهام النظام بشن هجمات")
        if (StatementNouns.Contains(StemOf(analysis.Tokens, statement)) && WrittenAsNoun(analysis, statement) && trigger.Proclitics.Contains('ل')) return null;
        (string? Code, EntityMention? Mention) blamed = default;
        // "ندد ماكرون بالقصف الروسي": after a verb whose ب marks the condemned deed, a name without ب or ل is who condemns
        bool deedCondemned = CondemnsDeed(analysis.Tokens[statement.EndToken - 1]);
        foreach (var m in mentions)
            if (m.FirstToken >= statement.EndToken && m.EndToken <= deed && (m.Actor ?? CapitalGovernment(m)) is { } code && !code.Contains('+')
                && !(deedCondemned && !BehindPreposition(analysis, m))) blamed = (code, m);
        // "وكان النظام السوري قد اتُّهم بشن هجمات": with nobody between, a passive accusation blames the name nearest before it
        if (blamed.Code is null && ChargedObject.ChargeRightAfter(analysis.Tokens, statement, mentions))
            foreach (var m in mentions)
                if (m.FirstToken >= analysis.Sentences[statement.SentenceIndex].FirstToken && m.EndToken <= statement.FirstToken && !PunctuationBetween(analysis.Tokens, m.EndToken, statement.FirstToken)
                    && (m.Actor ?? CapitalGovernment(m)) is { } code && !code.Contains('+')) blamed = (code, m);
        return blamed.Code is null || ActorCode.Sector(blamed.Code) == "CVL" ? null : (blamed.Code, blamed.Mention!);
    }

    /// <summary>
    /// "جدد بومبيو انتقاد إيران", "بإدانة النظام السوري": the name right after the bare noun of a condemnation or criticism is whom it
    /// is aimed at — unless a ل-phrase follows it, which makes it the one who speaks ("إدانة السعودية للهجوم").
    /// </summary>
    internal static bool NounObject(Analysis analysis, TriggerMatch trigger, EntityMention m)
    {
        var tokens = analysis.Tokens;
        if (trigger.HasArticle || trigger.TokenCount != 1 || m.FirstToken != trigger.EndToken || !StatementNouns.Contains(StemOf(tokens, trigger))
            || !WrittenAsNoun(analysis, trigger)) return false;
        if (m.EndToken >= tokens.Count) return true;
        var next = tokens[m.EndToken];
        // "تنديد السعودية بالأعمال الإرهابية", "إدانة المغرب "اللجوء إلى …"": the deed condemned follows, so the name is who condemns
        // (not a ب of cause or topic: "انتقاد إيران بسبب دعمها")
        if (next.IsQuoteMark) return false;
        if (!CauseWords.Contains(next.Folded))
            foreach (var r in next.Readings)
                if (r.Proclitics is "ب" or "بال" && r.Stem.Length > 2) return false;
        // ("إدانة النظام لاستخدامه الأسلحة": a ل-word with a pronoun back to the name gives the reason; the name is still condemned)
        // (as written: a final ة, "للضربة", is no pronoun)
        var written = analysis.Text.AsSpan(next.Start, next.End - next.Start);
        if (written.Length > 4 && (written.EndsWith("ه") || written.EndsWith("ها") || written.EndsWith("هم"))) return true;
        foreach (var r in next.Readings)
            if (r.Proclitics is "ل" or "لل" && r.Stem.Length > 1) return false;
        return true;
    }

    // "بسبب", "بشأن": a ب-word of cause or topic after the name, not the deed condemned
    private static readonly HashSet<string> CauseWords = new(StringComparer.Ordinal) { "بسبب", "بشان", "بعد", "بين", "بحجه", "بدعوي" };

    // "إدانة" as written ends in ة; "أدانه" (he condemned it) folds to the same letters
    private static bool WrittenAsNoun(Analysis analysis, TriggerMatch trigger)
    {
        var token = analysis.Tokens[trigger.FirstToken];
        return !token.Folded.EndsWith('ه') || token.End > token.Start && analysis.Text[token.End - 1] == 'ة';
    }

    // the nouns of condemning and criticising, folded, whose genitive is who speaks when the deed follows behind ل
    private static readonly HashSet<string> StatementNouns = new(StringComparer.Ordinal)
    {
        "ادانه", "ادانات", "انتقاد", "انتقادات", "تنديد", "استنكار", "شجب",
    };

    // the statement word as written, without its proclitics ("بإدانة" → "ادانه")
    private static string StemOf(IReadOnlyList<Token> tokens, TriggerMatch statement)
    {
        var word = tokens[statement.FirstToken].Folded;
        return statement.Proclitics.Length < word.Length ? word[statement.Proclitics.Length..] : word;
    }

    private static bool PunctuationBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Punctuation) return true;
        return false;
    }

    /// <summary>
    /// Whether a name is the speaker of a statement verb told before the trigger, which is what the statement is about:
    /// "أدانت الفصائل الهجوم" — the one who condemns or calls for it does not attack (whereas the one who denies, admits or
    /// threatens an attack is its attacker: "نفت روسيا قصف …"، "اعترفت إسرائيل بشن غارات"، "هددت تركيا بشن هجوم").
    /// </summary>
    internal static bool SpeakerOfStatementBefore(Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.EndToken > trigger.FirstToken) return false;
        // "اتهامات للنظام بتنفيذ هجوم": a name behind ل or ب is the statement's object, not its speaker
        bool behind = BehindPreposition(analysis, m);
        foreach (var statement in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
        {
            if (statement.Entry.Type is not ("ACCUSE" or "REQUEST") || statement.HasArticle || statement.EndToken > m.FirstToken) continue;
            // "ندد الأمين العام لحزب الله حسن نصر الله بالغارات": the body the speaker's title is for, and his name, are the speaker too
            if (SpeakerTitle.Holds(analysis.Tokens, statement, m, mentions)) return true;
            if (behind) continue;
            // the speaker is the first name after the verb ("اتهمت أنقرة النظام بقصف …": أنقرة speaks, النظام is blamed)
            if (OtherBetween(mentions, m, statement.EndToken)) continue;
            if (RightAfterVerb(analysis.Tokens, statement, m, mentions)) return true;
        }
        return false;
    }

    // data/event_deed_condemning_verbs.tsv: "ندد", "استنكر" — their ب marks the deed condemned, not a charge against an object
    private static readonly HashSet<string> DeedCondemningVerbs = Lexicons.TsvTable.FoldedWords("event_deed_condemning_verbs");

    private static bool CondemnsDeed(Token token)
    {
        if (DeedCondemningVerbs.Contains(token.Folded)) return true;
        foreach (var r in token.Readings)
            if (DeedCondemningVerbs.Contains(r.Stem)) return true;
        return token.Folded.Length > 3 && token.Folded[0] is 'و' or 'ف' && DeedCondemningVerbs.Contains(token.Folded[1..]);
    }

    // another name from the statement's end up to this one
    private static bool OtherBetween(List<EntityMention> mentions, EntityMention m, int from)
    {
        foreach (var x in mentions)
            // (the record inequality last: it compares fields)
            if (x.FirstToken >= from && x.FirstToken < m.FirstToken && x != m) return true;
        return false;
    }

    // the letters the name's first word carries before the name itself ("للنظام" → "ل")
    private static bool BehindPreposition(Analysis analysis, EntityMention m)
    {
        var token = analysis.Tokens[m.FirstToken];
        if (m.Span.Start <= token.Start) return false;
        var prefix = analysis.Text.AsSpan(token.Start, m.Span.Start - token.Start);
        return prefix.Contains('ل') || prefix.Contains('ب');
    }

    /// <summary>Whether a name is in a verb's subject or object slot: after it with nothing but other names and one adverb between ("انتقدت باريس ضمنا دمشق").</summary>
    internal static bool RightAfterVerb(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken < trigger.EndToken) return false;
        int words = 0;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
        {
            if (ArgumentFinder.Covers(mentions, k)) continue;
            if (!tokens[k].IsWord || ++words > 1) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the trigger word is a verb in the feminine ("هددت", "اتهمت", "تطالب", "تتهم"), as a city or a country subject takes,
    /// or a noun of the same shape ("تهديدات"), whose capital after it is its owner; "هدد", "يطالب" are masculine.
    /// </summary>
    internal static bool FeminineForm(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        if (trigger.TokenCount != 1) return false;
        var word = tokens[trigger.FirstToken].Folded;
        if (trigger.Proclitics.Length >= word.Length) return false;
        var stem = word.AsSpan(trigger.Proclitics.Length);
        return stem[0] == 'ت' || stem[^1] == 'ت';
    }

    // data/event_masculine_verbs.tsv: "طالب", "يتهم", "هدد" — a city after them is no subject (cities are feminine)
    private static readonly HashSet<string> MasculineVerbs = Lexicons.TsvTable.FoldedWords("event_masculine_verbs");

    /// <summary>Whether the trigger is a verb of calling, accusing or threatening in the masculine singular, whose subject no city can be.</summary>
    internal static bool MasculineVerb(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        if (trigger.TokenCount != 1 || trigger.HasArticle) return false;
        var word = tokens[trigger.FirstToken].Folded;
        if (trigger.Proclitics.Length >= word.Length) return false;
        // (a loop, not Proclitics.Any: LINQ over a string boxed a char enumerator per ask)
        foreach (char c in trigger.Proclitics)
            if (c is not ('و' or 'ف')) return false;
        return MasculineVerbs.Contains(word[trigger.Proclitics.Length..]);
    }

    /// <summary>
    /// Whether the mention follows the verb's named subject and a time phrase only ("هددت فرنسا والولايات المتحدة في الأيام الأخيرة
    /// دمشق بضربات", "دعت موسكو الجمعة أنقرة إلى"): then it is the verb's object.
    /// </summary>
    internal static bool AfterSubjectAndTime(Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken <= trigger.EndToken) return false;
        var subject = ArgumentFinder.StartingAt(mentions, trigger.EndToken);
        if (subject is null || subject.Actor is null) return false;
        var tokens = analysis.Tokens;
        var timexes = analysis.Get<Time.TimexLayer>()?.Timexes;
        bool timed = false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
        {
            if (ArgumentFinder.Covers(mentions, k)) continue;
            var word = tokens[k].Folded;
            if (word is "في" or "،" or ",") continue;
            bool inTime = false;
            if (timexes is not null)
                foreach (var t in timexes)
                    if (t.FirstToken <= k && k < t.EndToken) { inTime = true; break; }
            if (!inTime) return false;
            timed = true;
        }
        return timed;
    }

    /// <summary>
    /// Whether a name follows the verb's subject told by title, nationality and name ("واتهم الرئيس السوري بشار الأسد أنقرة",
    /// "واتهمت الحكومة العراقية أنقرة", "واتهمت وزارة الخارجية الروسية واشنطن"): the subject's words are names, titles, nationality
    /// adjectives or the heads of a government body, at most <see cref="SubjectWords"/> of them, with no punctuation.
    /// </summary>
    internal static bool AfterTitledSubject(Analysis analysis, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        int words = m.FirstToken - trigger.EndToken;
        if (words < 1 || words > SubjectWords) return false;
        var tokens = analysis.Tokens;
        // a name joined by و goes on with the one before it ("وتتهم واشنطن ولندن وباريس الجيش السوري": London accuses too)
        if (tokens[m.FirstToken].MayOpenWithAnd) return false;
        bool party = false;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
        {
            if (ArgumentFinder.Covers(mentions, k)) { party = true; continue; }
            var word = tokens[k].Folded;
            if (EntityLexicon.Default.AdjectiveCountry(tokens[k]) is not null) { party = true; continue; }
            if (!TitledConjunct.IsTitleWord(word) && !BodyWords.Contains(word)) return false;
        }
        return party;
    }

    // a subject of this many words at most: "الرئيس السوري بشار الأسد", "وزارة الخارجية الروسية"
    private const int SubjectWords = 5;

    // the heads of a government body named by its state's adjective ("الحكومة العراقية", "وزارة الخارجية الروسية", "السلطات التركية")
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal) { "الحكومه", "وزاره", "الخارجيه", "الدفاع", "السلطات", "الرئاسه", "البرلمان", "الجيش", "القوات", "المسلحه", "الامن", "الداخليه" };

    internal static string? CapitalGovernment(EntityMention m)
    {
        if (m.Type != EntityType.Loc) return null;
        // the rules of one mention ask in a row, and each lookup folds the mention's text into a new string: the last answer is
        // kept (per thread; a mention never changes)
        var memo = _capitalMemo ??= new CapitalMemo();
        if (!ReferenceEquals(memo.Mention, m)) (memo.Mention, memo.Government) = (m, EntityLexicon.Default.GovernmentOfCapital(m.Text));
        return memo.Government;
    }

    private sealed class CapitalMemo
    {
        public EntityMention? Mention;
        public string? Government;
    }

    [ThreadStatic]
    private static CapitalMemo? _capitalMemo;

    /// <summary>The party a mention names: its actor code, or the government of a capital named for it.</summary>
    internal static string? PartyCode(EntityMention m) => m.Actor ?? CapitalGovernment(m);
}
