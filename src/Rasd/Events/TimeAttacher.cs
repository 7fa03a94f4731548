using System.Text.RegularExpressions;
using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>Finds an event mention's time: the timex in its clause nearest the trigger, widened to a range when it is one end of one.</summary>
public static partial class TimeAttacher
{
    // the reporting clause ("قال X، اليوم، إن …") is cut off from the reported one at these words
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "ان", "انه", "انها", "بان", "بانه", "وان", "وانه" };

    /// <summary>The interval the text gives for a trigger, or null when its sentence has no usable timex.</summary>
    public static (DateOnly Begin, DateOnly End)? Find(Analysis analysis, TriggerMatch trigger, EventMode mode = EventMode.Actual) =>
        Find(analysis, trigger, mode, out _);

    /// <summary><see cref="Find(Analysis, TriggerMatch, EventMode)"/>, telling whether the time came from a then-word ("آنذاك").</summary>
    public static (DateOnly Begin, DateOnly End)? Find(Analysis analysis, TriggerMatch trigger, EventMode mode, out bool anaphoric)
    {
        anaphoric = false;
        var layer = analysis.Get<TimexLayer>();
        if (layer is null) return null;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var index = SentenceIndex.For(analysis);
        int triggerSegment = index.Segment(trigger.FirstToken);
        int triggerClause = Clauses.Of(analysis, sentence, trigger.FirstToken);
        bool speech = mode == EventMode.Actual && ArgumentFinder.SpeechActs.Contains(trigger.Entry.Type);
        bool presentStatement = mode == EventMode.Actual && PresentStatement.Is(analysis, trigger);
        // "قتل 20 شخصا أمس، وأصيب 30 آخرون، في غارة …": the attack the casualties of earlier clauses fell in takes their day
        bool causeOfEarlier = trigger.Entry.Type == "ASSAULT" && CausePhrase(analysis, trigger);
        // "أدانت السعودية الهجوم الكيماوي …، الأحد": a known attack that a statement is about takes the statement's day from no one
        if (trigger.Entry.Type == "ASSAULT" && trigger.HasArticle && IsObjectOfStatement(analysis, trigger, triggerClause)) return null;
        Timex? best = null;
        int bestIndex = -1;
        int bestScore = int.MaxValue;
        for (int i = 0; i < layer.Timexes.Count; i++)
        {
            var t = layer.Timexes[i];
            if (t.FirstToken < sentence.FirstToken || t.FirstToken >= sentence.EndToken) continue;
            // a time in a coordinated clause ("…، ودعت … في آذار 2020") belongs to that clause's event
            // (asked first: every test here is a filter, and this one is the cheapest)
            // (the index asked directly: the timex starts inside the sentence, so inside the text)
            bool otherClause = index.Clause(t.FirstToken) != triggerClause;
            if (otherClause && !(causeOfEarlier && t.EndToken <= trigger.FirstToken)) continue;
            if (WidenedInterval(analysis, layer, i) is not { } span) continue;
            // "القصف الأعنف منذ أعلنت المحافظة منطقة خفض توتر العام الماضي": what the event is compared with, not its time
            if (SuperlativeSince(analysis, t.FirstToken, t.EndToken, trigger.FirstToken)) continue;
            // "المرسوم التشريعي رقم 32 لعام 2015": the year of a numbered decree or resolution names it, it does not date the event
            if (NumberedYear(analysis.Tokens, t.FirstToken)) continue;
            // "منذ حرب 1967", "قبل ثورة 2011": a year that names another happening dates that one only (data/time_year_event_nouns.tsv)
            if (t.FirstToken != trigger.EndToken && YearOfNamedHappening(analysis.Tokens, t.FirstToken)) continue;
            // "ستلتقي روسيا وتركيا …، التي قال قائدها الأسبوع الماضي": a verb marked for the future never happened on a day already past
            if (trigger.Proclitics.EndsWith('س') && analysis.Published is { } today && span.End < today) continue;
            // "دعت إلى احترام الاتفاق الموقع في آذار 2020": the date of a deal said to be made is that deal's, not the call's
            if (trigger.Entry.Type != "AGREE" && GenericReference.DatesAConcludedDeal(analysis, t)) continue;
            // "الانسحاب من الاتفاق الذي أبرم عام 2015": a date in a relative clause about another noun is that noun's
            if (RelativeClauseTime.DatesAnotherNoun(analysis, trigger, t)) continue;
            // "طالب بإطلاق سراح … المشتبه بهم في هجمات باريس في 13 نوفمبر 2015": the date right after an attack noun is the attack's
            if (NestedAttackTime.DatesNestedAttack(analysis, trigger, t)) continue;
            // a statement that was made is dated by the report; a later date is what it speaks of ("اتهم … قبل خروجها في 2019")
            if (speech && analysis.Published is { } published && t.Begin is { } tb && tb > published) continue;
            // "وتتهمه أنقرة بأنه وراء محاولة الانقلاب في 15 يوليو 2016": a statement still made; the past date is the deed's
            if (presentStatement && PresentStatement.DatesOther(analysis, trigger, t, IsSinceSpan(analysis.Tokens, t), span)) continue;
            // "طلبت تركيا من الحلف عقد اجتماع طارئ هذا الأسبوع": a time after the deed asked for is when that deed is to be, not the asking
            if (trigger.Entry.Type == "REQUEST" && AskedDeedBetween(analysis, trigger, t.FirstToken)) continue;
            int distance = t.FirstToken >= trigger.EndToken ? t.FirstToken - trigger.EndToken : trigger.FirstToken - t.EndToken;
            if (distance < 0) distance = 0;
            // "وتحشد قوات النظام منذ نحو أسبوعين": a span running up to the report belongs to the verb it follows, not to a far event of the sentence
            if (t.Type == TimexType.Duration && distance > SinceSpanReach && IsSinceSpan(analysis.Tokens, t)) continue;
            // another clause costs more than any distance inside this one
            int score = distance + (index.Segment(t.FirstToken) == triggerSegment ? 0 : 1000) + (otherClause ? 2000 : 0);
            // time adjuncts usually follow the event word; a planned event looks forward, a past one back
            if (t.FirstToken < trigger.FirstToken) score += 3;
            // "التي كانت … آنذاك في هجوم وقع في نيسان 2017": a date told outright in the clause beats a word pointing back to another
            if (t.IsAnaphoric) score += 20;
            if (analysis.Published is { } pub && t.Begin is { } b)
            {
                bool future = b > pub;
                if (future != (mode is EventMode.Planned or EventMode.Possible)) score += 50;
            }
            if (score < bestScore) { best = t; bestIndex = i; bestScore = score; }
        }
        // a deal in force "منذ آذار 2020" was made then; what runs to the report is its validity, not the agreeing
        if (best is null || Interval(analysis, layer, bestIndex, widenSince: trigger.Entry.Type != "AGREE") is not { } found) return null;
        anaphoric = best.IsAnaphoric;
        // "ومنذ أسبوع، يشن التنظيم هجمات": a week ago is when the attacks began; they run to the report (a deal in force since
        // then was made then, as above)
        if (trigger.Entry.Type != "AGREE" && analysis.Published is { } reported && found.End < reported && OngoingSince.Runs(analysis, best, trigger)) found = (found.Begin, reported);
        return WithListedDays(analysis, layer, bestIndex, found);
    }

    /// <summary>"ثلاث ضربات في 16 تشرين الثاني و28 كانون الأول 2017 و8 كانون الثاني 2018": a list of dates spans from its first to its last.</summary>
    private static (DateOnly Begin, DateOnly End) WithListedDays(Analysis analysis, TimexLayer layer, int index, (DateOnly Begin, DateOnly End) found)
    {
        var (begin, end) = found;
        int last = layer.Timexes[index].EndToken;
        for (int i = index + 1; i < layer.Timexes.Count; i++)
        {
            var next = layer.Timexes[i];
            // "و28 كانون الأول" (one token) or "و 28 …"; "في أيلول أو تشرين الأول": one of two, so the span of both
            bool joined = (next.FirstToken == last && analysis.Tokens[last].Folded.StartsWith('و'))
                || (next.FirstToken == last + 1 && analysis.Tokens[last].Folded is "و" or "او");
            if (!joined || next.Type != TimexType.Date) break;
            if (Interval(analysis, layer, i, widenSince: false) is not { } iv) break;
            if (iv.Begin < begin) begin = iv.Begin;
            if (iv.End > end) end = iv.End;
            last = next.EndToken;
        }
        return (begin, end);
    }

    /// <summary>Whether a trigger is the object of a condemnation, denial or other statement just before it in its clause, with no "أن" between.</summary>
    private static bool IsObjectOfStatement(Analysis analysis, TriggerMatch trigger, int clause)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
        {
            if (!ArgumentFinder.SpeechActs.Contains(t.Entry.Type) || t.EndToken > trigger.FirstToken || trigger.FirstToken - t.EndToken > 5) continue;
            if (Clauses.Of(analysis, sentence, t.FirstToken) != clause) continue;
            bool reported = false;
            for (int k = t.EndToken; k < trigger.FirstToken; k++) reported |= IsComplementizer(analysis.Tokens[k]);
            if (!reported) return true;
        }
        // "تظاهر الآلاف، السبت، رفضا للهجوم التركي": the attack a protest is against is no news of the protest's day either
        for (int k = Math.Max(sentence.FirstToken, trigger.FirstToken - 3); k < trigger.FirstToken; k++)
            if (ProtestPurpose.IsPurposeWord(analysis.Tokens[k].Folded) && Clauses.Of(analysis, sentence, k) == clause) return true;
        return false;
    }

    private static readonly HashSet<string> CausePrepositions = Lexicons.TsvTable.FoldedWords("event_cause_prepositions");

    /// <summary>An attack noun right after "في/جراء/إثر" (data/event_cause_prepositions.tsv) opening its clause's adjunct: the cause of what came before.</summary>
    private static bool CausePhrase(Analysis analysis, TriggerMatch trigger)
    {
        int before = trigger.FirstToken - 1;
        if (before < 0 || !CausePrepositions.Contains(analysis.Tokens[before].Folded)) return false;
        // the phrase must open its clause part: "، في غارة" or "وأصيب 3 في غارة" — not "في هجوم" deep inside a reported clause
        int sentenceStart = analysis.Sentences[trigger.SentenceIndex].FirstToken;
        return before > sentenceStart && analysis.Tokens[before - 1].IsComma;
    }

    // data/event_present_words.tsv: "حاليا", "في الوقت الراهن"
    private static readonly HashSet<string> PresentWords =
        Lexicons.TsvTable.FoldedWords("event_present_words");

    /// <summary>
    /// The past date of the clause just before a trigger's own, in its sentence, when the trigger's clause has none: "وكان أكثر
    /// من 200 شخص قد قتلوا الشهر الماضي، وخطف حوالي 30 درزيا" — coordinated clauses tell one time unless they say another.
    /// </summary>
    public static (DateOnly Begin, DateOnly End)? FromEarlierClause(Analysis analysis, TriggerMatch trigger)
    {
        var layer = analysis.Get<TimexLayer>();
        if (layer is null) return null;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var index = SentenceIndex.For(analysis);
        int clause = index.Clause(trigger.FirstToken);
        int opener = trigger.FirstToken;
        while (opener > sentence.FirstToken && index.Clause(opener - 1) == clause) opener--;
        if (TellsThePresent(analysis.Tokens[opener].Folded)) return null;
        // "قصفت قوات النظام البلدة يوم الاثنين، ودعت فرنسا إلى وقف فوري لإطلاق النار": a statement after a deed of another
        // kind answers it, later, and is the report's news
        if (ArgumentFinder.SpeechActs.Contains(trigger.Entry.Type))
            foreach (var other in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
                if (other.FirstToken < opener && index.Clause(other.FirstToken) == clause - 1 && !ArgumentFinder.SpeechActs.Contains(other.Entry.Type)) return null;
        for (int i = layer.Timexes.Count - 1; i >= 0; i--)
        {
            var t = layer.Timexes[i];
            if (t.EndToken > trigger.FirstToken || t.FirstToken < sentence.FirstToken) continue;
            if (index.Clause(t.FirstToken) != clause - 1) continue;
            if (t.IsAnaphoric || RelativeClauseTime.DatesAnotherNoun(analysis, trigger, t)) continue;
            if (WidenedInterval(analysis, layer, i) is { } iv && (analysis.Published is not { } pub || iv.Begin <= pub)) return iv;
        }
        return null;
    }

    // "، ويواصل نصب كمائن": a clause opened by a present verb tells what still goes on, not the day of the clause before
    // ("وتبادل", "وتمكنت" may be past verbs, so only the unambiguous ي is read)
    private static bool TellsThePresent(string opener) => opener.Length >= 4 && opener[0] == 'و' && opener[1] == 'ي';

    /// <summary>The nearest past date in the sentences just before one (the lead usually sets the day that later sentences leave implicit).</summary>
    public static (DateOnly Begin, DateOnly End)? Inherited(Analysis analysis, int sentenceIndex, int lookBack = 2)
    {
        var layer = analysis.Get<TimexLayer>();
        if (layer is null) return null;
        if (lookBack != DefaultLookBack) return InheritedFrom(analysis, layer, sentenceIndex, lookBack);
        // every event told first in a sentence asks it again: the answer depends on the sentence alone, worked out once
        // (and on the triggers, which tell a relative clause's deal day)
        var memo = analysis.Get<InheritedMemo>();
        var triggers = analysis.Get<TriggerLayer>();
        if (memo is null || !ReferenceEquals(memo.Layer, layer) || !ReferenceEquals(memo.Triggers, triggers) || memo.Known.Length != analysis.Sentences.Count)
            analysis.Set(memo = new InheritedMemo(layer, triggers, analysis.Sentences.Count));
        if (!memo.Known[sentenceIndex])
        {
            memo.Values[sentenceIndex] = InheritedFrom(analysis, layer, sentenceIndex, lookBack);
            memo.Known[sentenceIndex] = true;
        }
        return memo.Values[sentenceIndex];
    }

    private const int DefaultLookBack = 2;

    // the day each sentence inherits, once asked (for the layer it was worked out from)
    private sealed class InheritedMemo(TimexLayer layer, TriggerLayer? triggers, int sentences)
    {
        public TimexLayer Layer { get; } = layer;
        public TriggerLayer? Triggers { get; } = triggers;
        public (DateOnly Begin, DateOnly End)?[] Values { get; } = new (DateOnly, DateOnly)?[sentences];
        public bool[] Known { get; } = new bool[sentences];
    }

    private static (DateOnly Begin, DateOnly End)? InheritedFrom(Analysis analysis, TimexLayer layer, int sentenceIndex, int lookBack)
    {
        // "وتدور اشتباكات حاليا": a sentence that tells its own present is the report's day, not an earlier sentence's
        var own = analysis.Sentences[sentenceIndex];
        foreach (var t in layer.Timexes)
            if (t.FirstToken >= own.FirstToken && t.FirstToken < own.EndToken && PresentWords.Contains(ArabicFolding.FoldString(t.Text))) return null;
        // "خلال نفس الفترة": the sentence says it tells the period of the one before, a tally's range too
        // (read only when a range is met: a single day carries over whatever the sentence says)
        bool? samePeriod = null;
        for (int s = sentenceIndex - 1; s >= Math.Max(0, sentenceIndex - lookBack); s--)
        {
            var sentence = analysis.Sentences[s];
            for (int i = layer.Timexes.Count - 1; i >= 0; i--)
            {
                var t = layer.Timexes[i];
                if (t.FirstToken < sentence.FirstToken || t.FirstToken >= sentence.EndToken || t.Type != TimexType.Date) continue;
                // "... وفق اتفاق تم التوصل إليه الأحد الماضي": the deal's day, when the sentence names its own before it
                if (RelativeClauseTime.DatesAnotherNounBefore(analysis, s, t, EarlierDate(layer, i, sentence))) continue;
                // only a day carries over: a tally's range belongs to its own sentence
                if (WidenedInterval(analysis, layer, i) is { } iv && (iv.End.DayNumber - iv.Begin.DayNumber <= 1 || (samePeriod ??= SamePeriod(analysis, own))) && (analysis.Published is not { } pub || iv.Begin <= pub)) return iv;
            }
        }
        return null;
    }

    // another event's trigger (not a statement's) between a request and a time after it: the deed asked for, which the time dates
    private static bool AskedDeedBetween(Analysis analysis, TriggerMatch trigger, int timex)
    {
        if (timex < trigger.EndToken) return false;
        foreach (var other in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? [])
            if (other.FirstToken >= trigger.EndToken && other.EndToken <= timex && !ArgumentFinder.SpeechActs.Contains(other.Entry.Type)) return true;
        return false;
    }

    // whether a date timex stands in the sentence before the one at index i
    private static bool EarlierDate(TimexLayer layer, int i, Sentence sentence)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            var t = layer.Timexes[j];
            if (t.FirstToken < sentence.FirstToken) break;
            if (t.Type == TimexType.Date && t.FirstToken < sentence.EndToken) return true;
        }
        return false;
    }

    private static readonly Lexicons.TsvTable SamePeriodWords = Lexicons.TsvTable.LoadEmbedded("same_period_words");
    private static readonly HashSet<string> PeriodNouns = SamePeriodWords.FoldedWhere("kind", "period", "word");
    private static readonly HashSet<string> SameWords = SamePeriodWords.FoldedWhere("kind", "same", "word");

    // "نفس الفترة", "الفترة ذاتها" in the sentence (data/same_period_words.tsv)
    private static bool SamePeriod(Analysis analysis, Sentence sentence)
    {
        var tokens = analysis.Tokens;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (PeriodNouns.Contains(tokens[k].Folded)
                && (k > sentence.FirstToken && SameWords.Contains(tokens[k - 1].Folded) || k + 1 < sentence.EndToken && SameWords.Contains(tokens[k + 1].Folded))) return true;
        return false;
    }

    // every trigger of a clause asks the interval of each of its timexes: each is worked out once per analysis
    private sealed class IntervalMemo(TimexLayer layer)
    {
        public TimexLayer Layer { get; } = layer;
        public (DateOnly Begin, DateOnly End)?[] Values { get; } = new (DateOnly, DateOnly)?[layer.Timexes.Count];
        public bool[] Known { get; } = new bool[layer.Timexes.Count];
    }

    // Interval(analysis, layer, index) with "منذ X" widened, memoised for the analysis's layer
    private static (DateOnly Begin, DateOnly End)? WidenedInterval(Analysis analysis, TimexLayer layer, int index)
    {
        var memo = analysis.Get<IntervalMemo>();
        if (memo is null || !ReferenceEquals(memo.Layer, layer) || memo.Known.Length != layer.Timexes.Count) analysis.Set(memo = new IntervalMemo(layer));
        if (!memo.Known[index])
        {
            memo.Values[index] = Interval(analysis, layer, index);
            memo.Known[index] = true;
        }
        return memo.Values[index];
    }

    /// <summary>The day interval of the timex at <paramref name="index"/>, with ranges and "منذ X" widened.</summary>
    public static (DateOnly Begin, DateOnly End)? Interval(Analysis analysis, TimexLayer layer, int index, bool widenSince = true)
    {
        var t = layer.Timexes[index];
        var published = analysis.Published;
        if (t.Type == TimexType.Duration)
        {
            // "وتحشد قوات النظام منذ نحو أسبوعين": going on from that long ago up to the report (up to a year: "الحرب المستمرة
            // منذ سبع سنوات" is the setting of what the sentence tells, not its time)
            if (published is { } now && IsSinceSpan(analysis.Tokens, t) && DurationDays(t.Value) is int since && since <= LongestSinceSpan)
                return (now.AddDays(-Math.Max(1, since)), now);
            // "خلال الساعات الـ24 الماضية", "خلال الأيام الثلاثة الماضية": the span up to publication
            if (published is null || !IsPastWindow(analysis, t)) return null;
            var length = DurationDays(t.Value);
            if (length is null) return null;
            return (published.Value.AddDays(-Math.Max(1, length.Value)), published.Value);
        }
        if (t.Type is not (TimexType.Date or TimexType.Time) || t.Begin is null || t.End is null) return null;
        DateOnly begin = t.Begin.Value, end = t.End.Value;
        if (t.RangePartner is int p && p >= 0 && p < layer.Timexes.Count)
        {
            var other = layer.Timexes[p];
            if (other.Begin is { } ob && ob < begin) begin = ob;
            if (other.End is { } oe && oe > end) end = oe;
        }
        else if (widenSince && published is { } pub && PrecededBySince(analysis, t.FirstToken) && begin <= pub)
        {
            end = pub; // "منذ مطلع حزيران": from then until the report
            // "خلال الأسبوعين الأولين من هجوم … الذي بدأ في 18 فبراير": the opening weeks from that start, not up to the report
            if (OpeningWindow(analysis, layer, index, adjacent: false) is { } window && WindowEnd(begin, window) < pub) end = WindowEnd(begin, window);
        }
        // "في الأشهر الأربعة الأولى من العام 2018": the opening months of that year
        else if (OpeningWindow(analysis, layer, index, adjacent: true) is { } window && WindowEnd(begin, window) < end)
        {
            end = WindowEnd(begin, window);
        }
        return (begin, end);
    }

    private static readonly HashSet<string> SinceCues = Lexicons.TsvTable.FoldedWords("event_since_cues");

    // the longest "منذ + duration" span that dates an event (a year)
    private const int LongestSinceSpan = 366;

    // how far from its trigger a "منذ + duration" span may stand
    private const int SinceSpanReach = 6;

    // a duration right after "منذ": how long something has gone on
    private static bool IsSinceSpan(IReadOnlyList<Token> tokens, Timex t) => t.FirstToken > 0 && tokens[t.FirstToken - 1].HasStem("منذ");

    private static readonly HashSet<string> OpeningWords = Lexicons.TsvTable.FoldedWords("time_opening_words");

    /// <summary>
    /// The opening-window duration before a date in its sentence ("الأسبوعين الأولين من", "الأشهر الأربعة الأولى من"): a duration
    /// ending in (or followed by) a "first" word and then "من"; with <paramref name="adjacent"/> the date must follow that "من"
    /// directly (the window is of the date itself), else it is the start of what the window is of ("… من الحملة التي بدأت في …").
    /// </summary>
    private static string? OpeningWindow(Analysis analysis, TimexLayer layer, int dateIndex, bool adjacent)
    {
        var tokens = analysis.Tokens;
        var date = layer.Timexes[dateIndex];
        int sentence = analysis.SentenceOfToken(date.FirstToken).FirstToken;
        for (int j = dateIndex - 1; j >= 0; j--)
        {
            var d = layer.Timexes[j];
            if (analysis.SentenceOfToken(d.FirstToken).FirstToken != sentence) break;
            if (d.Type != TimexType.Duration) continue;
            int next = d.EndToken;
            // the "first" word is the duration's last word or the word after it
            if (next < tokens.Count && OpeningWords.Contains(tokens[next].Folded)) next++;
            else if (!OpeningWords.Contains(tokens[d.EndToken - 1].Folded)) continue;
            if (next >= tokens.Count || tokens[next].Folded != "من") continue;
            if (adjacent && date.FirstToken != next + 1) continue;
            return d.Value;
        }
        return null;
    }

    // the last day of a window of a TIMEX3 duration opening on a day (months and years by the calendar)
    private static DateOnly WindowEnd(DateOnly begin, string duration)
    {
        var m = DurationPattern().Match(duration);
        if (m.Success && m.Groups[1].Value == "" && int.TryParse(m.Groups[2].Value, out int n))
        {
            if (m.Groups[3].Value == "M") return begin.AddMonths(n).AddDays(-1);
            if (m.Groups[3].Value == "Y") return begin.AddYears(n).AddDays(-1);
        }
        return DurationDays(duration) is int days ? begin.AddDays(Math.Max(1, days) - 1) : DateOnly.MaxValue;
    }

    // "منذ 20 يناير", "الذي بدأ في 18 فبراير", "منذ بدء العملية العسكرية في 20 يناير": a start still running at publication
    // "منذ كثفت الحكومة عملياتها العسكرية ضد الغوطة الشرقية في 18 فبراير": "منذ" opens a whole clause whose date may come later
    private static bool PrecededBySince(Analysis analysis, int first)
    {
        var tokens = analysis.Tokens;
        // (not past the sentence's start: a title's "منذ أحداث عام 1988" does not reach the next sentence's date)
        int floor = Math.Max(analysis.SentenceOfToken(first).FirstToken, first - SinceClauseReach);
        for (int i = first - 1; i >= floor; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            foreach (var r in tokens[i].Readings)
                if (SinceCues.Contains(r.Stem) && (i >= first - 5 || r.Stem == "منذ")) return true;
        }
        return false;
    }

    private static readonly HashSet<string> SuperlativeWords = Lexicons.TsvTable.FoldedWords("time_superlative_since");

    /// <summary>
    /// Whether the date is that of a "منذ" a few words after a superlative ("الأعنف منذ", "للمرة الأولى منذ", data/time_superlative_since.tsv),
    /// for a trigger before that "منذ" (the truce in "منذ وقف إطلاق النار عام 2017" keeps its year).
    /// </summary>
    private static bool SuperlativeSince(Analysis analysis, int first, int end, int trigger)
    {
        var tokens = analysis.Tokens;
        int floor = Math.Max(Math.Max(1, analysis.SentenceOfToken(first).FirstToken), first - SinceClauseReach);
        // (from the date's own first word: "أعنف هجوم منذ شهر" is one timex, "منذ شهر")
        for (int i = first; i >= floor; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation) return false;
            if (!tokens[i].HasStem("منذ")) continue;
            // a trigger inside the "since" phrase ("منذ وقف إطلاق النار عام 2017", "منذ إعلان ترامب الثلاثاء انسحاب بلاده")
            // keeps its date; one past a comma after it ("تصعيد غير مسبوق منذ عام 2011، تمثل في هجمات") is compared with it
            // ("منذ عام 2012، عندما فرضت العقوبات": the clause after the comma tells of that date, data/time_since_date_elaborations.tsv)
            if (trigger > i && (trigger < first || !ClauseAfterDate(tokens, end, trigger))) return false;
            // "الأكثر دموية منذ", "الأعنف الذي يستهدف إدلب منذ", "أعنف غارات على المدينة منذ": the superlative may stand a few words before
            for (int k = i - 1; k >= 0 && k >= i - SuperlativeReach && tokens[k].Kind != TokenKind.Punctuation; k--)
                if (IsSuperlative(tokens[k])) return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> DateElaborations = Lexicons.TsvTable.FoldedWords("time_since_date_elaborations");

    // whether a punctuation mark between the date's end and the trigger closes the "since" phrase, and what follows it
    // does not go on telling of that date
    private static bool ClauseAfterDate(IReadOnlyList<Token> tokens, int end, int trigger)
    {
        for (int k = end; k < trigger; k++)
            if (tokens[k].Kind == TokenKind.Punctuation)
                return k + 1 >= tokens.Count || !DateElaborations.Contains(tokens[k + 1].Folded);
        return false;
    }

    // how far before "منذ" a superlative may stand
    private const int SuperlativeReach = 6;

    // "الأعنف", "أعنف", "لأول" (its stem, behind ل; the whole word is the first reading)
    private static bool IsSuperlative(Token t)
    {
        foreach (var r in t.Readings)
            if (SuperlativeWords.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>Whether a date follows "رقم N" ("القانون رقم 45 لسنة 1982", "القرار رقم 2401 لعام 2018"): part of a document's number.</summary>
    private static readonly HashSet<string> YearEventNouns = Lexicons.TsvTable.FoldedWords("time_year_event_nouns");

    // a year number right after a noun that names a happening by it ("حرب 1967")
    private static bool YearOfNamedHappening(IReadOnlyList<Text.Token> tokens, int first)
    {
        if (first == 0 || !tokens[first].IsNumber || !tokens[first - 1].IsWord) return false;
        foreach (var r in tokens[first - 1].Readings)
            if (YearEventNouns.Contains(r.Stem)) return true;
        return false;
    }

    private static bool NumberedYear(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Kind == TokenKind.Number && tokens[first - 2].Folded == "رقم";

    // how far back "منذ" reaches over its clause (other start words reach 5 tokens)
    private const int SinceClauseReach = 12;

    private static bool IsPastWindow(Analysis analysis, Timex t)
    {
        var tokens = analysis.Tokens;
        int from = Math.Max(0, t.FirstToken - 2), to = Math.Min(tokens.Count, t.EndToken + 2);
        bool past = false, within = false;
        for (int i = from; i < to; i++)
        {
            if (tokens[i].HasStem("الماضيه") || tokens[i].HasStem("الماضي") || tokens[i].HasStem("الاخيره")) past = true;
            if (tokens[i].HasStem("خلال") || tokens[i].HasStem("مدار")) within = true;
        }
        return past && within;
    }

    /// <summary>Days in a TIMEX3 duration (P3D, PT24H, P2W, P1M, P1Y); null when not a simple duration.</summary>
    public static int? DurationDays(string value)
    {
        var m = DurationPattern().Match(value);
        if (!m.Success) return null;
        var n = decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        return m.Groups[1].Value == "T"
            ? m.Groups[3].Value == "H" ? (int)Math.Ceiling(n / 24) : 1
            : m.Groups[3].Value switch { "D" => (int)n, "W" => (int)(n * 7), "M" => (int)(n * 30), "Y" => (int)(n * 365), _ => null };
    }

    [GeneratedRegex(@"^P(T?)(\d+(?:\.\d+)?)([DWMYHS])$")]
    private static partial Regex DurationPattern();

    /// <summary>"أن", "إن", "بأن"…: the words that open a reported clause.</summary>
    // asked of every token when clauses are indexed: answered once per distinct word
    private static readonly int ComplementizerSlot = WordInfo.NewMemoSlot();

    // no complementizer is longer: a longer token (most of them) is answered from its own length, without reaching its word
    private static readonly int LongestComplementizer = Complementizers.Max(w => w.Length);

    internal static bool IsComplementizer(Token token) =>
        token.Folded.Length <= LongestComplementizer
        && token.Word.Memo(ComplementizerSlot, token, 0, static (_, t) => Complementizers.Contains(t.Folded) ? 1 : 0) == 1;
}
