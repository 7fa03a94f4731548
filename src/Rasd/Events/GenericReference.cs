using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A trigger quantified by "all/every" ("جميع الاتفاقات", "كافة الهجمات", "كل أشكال التصعيد") or told as a habit
/// ("يتبنى التنظيم في بعض الأحيان عمليات تفجير") speaks of a kind of happening, not of one that took place: it is no event;
/// nor is a threat someone poses ("يشكل تهديدا"), which judges a danger rather than tells of a threat made.
/// Cues come from data/event_generic_cues.tsv.
/// </summary>
public static class GenericReference
{
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Topics = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PoseBefore = new(StringComparer.Ordinal);
    private static readonly HashSet<string> PoseAfter = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Named = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Concluding = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Concluded = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Perceivers = new(StringComparer.Ordinal);
    private static readonly HashSet<string> HabitEnds = new(StringComparer.Ordinal);
    // two-word instance cues ("كما حصل") as word pairs: asked at every word before a habit's trigger, without a joined string
    private static readonly HashSet<(string, string)> Instances = [];
    // the instance cues' first words ("كما", "مثلما"): a word that is none of them starts no pair, told without hashing one
    // (not a lexicon bit: a word's mask being non-zero is read by the entity stage as its being a lexicon word)
    private static readonly List<string> InstanceFirsts = [];
    private static readonly TokenTrie<string> Habitual = new();

    static GenericReference()
    {
        var t = TsvTable.LoadEmbedded("event_generic_cues");
        foreach (var r in t.Rows)
        {
            var kind = t.Cell(r, "kind");
            if (kind == "quantifier") Quantifiers.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "kind_noun") KindNouns.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "topic") Topics.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "pose") PoseBefore.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "pose_after") PoseAfter.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "named") Named.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "conclude") Concluding.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "concluded") Concluded.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "perceive") Perceivers.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "habit_end") HabitEnds.Add(ArabicFolding.FoldString(t.Cell(r, "cue")));
            else if (kind == "instance" && ArabicFolding.FoldString(t.Cell(r, "cue")).Split(' ') is [var first, var second])
            {
                Instances.Add((first, second));
                if (!InstanceFirsts.Contains(first)) InstanceFirsts.Add(first);
            }
            else Habitual.Add(t.Cell(r, "cue"), "habitual");
        }
    }

    public static bool Is(Analysis analysis, TriggerMatch trigger) =>
        Quantified(analysis, trigger) || HabitBefore(analysis, trigger) || UndatedTopic(analysis, trigger) || NamedDeal(analysis, trigger)
        || Posed(analysis, trigger) || Perceived(analysis, trigger);

    /// <summary>
    /// "انسحاب واشنطن من الاتفاق النووي", "الحفاظ على الاتفاق المبرم": a deal named by what it is or that it was made is spoken
    /// about, not made — unless a concluding word stands just before it ("وقعت الدول الاتفاق النووي") or its own date follows it
    /// ("الاتفاق المبرم عام 2015", "الاتفاق النووي المبرم مع إيران عام 2015": a background deal, kept with its past time).
    /// </summary>
    private static bool NamedDeal(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        if (trigger.Entry.Type != "AGREE" || trigger.EndToken >= tokens.Count || !Definite(tokens[trigger.FirstToken])) return false;
        if (!Named.Contains(tokens[trigger.EndToken].Folded)) return false;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        for (int k = Math.Max(sentence.FirstToken, trigger.FirstToken - 4); k < trigger.FirstToken; k++)
            if (Any(tokens[k], Concluding) || Concluding.Contains(tokens[k].Folded)) return false;
        // the deal's own date: right after it, or after the participle that says it was made ("المبرم مع إيران عام 2015")
        int reach = trigger.EndToken + 3;
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + 3); k++)
            if (Concluded.Contains(tokens[k].Folded)) reach = k + 5;
        return !TimexStartsIn(analysis, trigger.EndToken, Math.Min(reach + 1, sentence.EndToken), datesOnly: false);
    }

    /// <summary>
    /// "احترام اتفاق وقف إطلاق النار الموقع في آذار 2020": a deal followed, within a few words, by a participle saying it was
    /// made and then a date — a background deal that happened at that date, whatever is said about it now.
    /// </summary>
    public static bool ConcludedOnItsDate(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "AGREE") return false;
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken, trigger.EndToken + 4); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Concluded.Contains(tokens[k].Folded)) return TimexStartsIn(analysis, k + 1, Math.Min(k + 6, sentence.EndToken), datesOnly: true);
        }
        return false;
    }

    /// <summary>Whether a date follows a participle saying a deal was made ("الاتفاق الموقع في آذار 2020"): it dates that deal.</summary>
    public static bool DatesAConcludedDeal(Analysis analysis, Time.Timex date)
    {
        var tokens = analysis.Tokens;
        for (int k = date.FirstToken - 1; k >= Math.Max(0, date.FirstToken - 5); k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation) return false;
            // the participle must follow a deal ("الموقع" alone is as often "the website")
            if (Concluded.Contains(tokens[k].Folded))
                return DealEndsBefore(analysis.Get<TriggerLayer>()?.Triggers, k);
        }
        return false;
    }

    // a deal trigger ends within four tokens before the participle
    private static bool DealEndsBefore(IReadOnlyList<TriggerMatch>? triggers, int participle)
    {
        if (triggers is null) return false;
        for (int i = 0; i < triggers.Count; i++)
            if (triggers[i].Entry.Type == "AGREE" && triggers[i].EndToken <= participle && participle - triggers[i].EndToken <= 4) return true;
        return false;
    }

    // whether a time expression (a date only, with datesOnly) starts at a token in [from, end)
    private static bool TimexStartsIn(Analysis analysis, int from, int end, bool datesOnly)
    {
        foreach (var t in analysis.Get<Time.TimexLayer>()?.Timexes ?? [])
            if (t.FirstToken >= from && t.FirstToken < end && (!datesOnly || t.Type == Time.TimexType.Date)) return true;
        return false;
    }

    private static bool Definite(Token t)
    {
        foreach (var r in t.Readings)
            if (r.HasArticle) return true;
        return false;
    }

    /// <summary>"داعش يشكل تهديدا للمنطقة", "التهديد الذي يشكله التنظيم": a threat someone poses is an assessment, not a threat made.</summary>
    private static bool Posed(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "THREATEN") return false;
        var tokens = analysis.Tokens;
        if (trigger.FirstToken > 0 && Any(tokens[trigger.FirstToken - 1], PoseBefore)) return true;
        // the verb may follow, after "الذي/التي" and an adjective at most
        for (int k = trigger.EndToken; k < Math.Min(tokens.Count, trigger.EndToken + 3) && tokens[k].IsWord; k++)
            if (Any(tokens[k], PoseAfter)) return true;
        return false;
    }

    /// <summary>
    /// "وترى إسرائيل في الوجود الإيراني تهديدا", "تعتبره أنقرة تهديدا": a threat noun in the accusative that someone sees or
    /// deems something to be is a danger judged, not a threat made. The verb stands in the threat's clause, before it.
    /// </summary>
    private static bool Perceived(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        if (trigger.Entry.Type != "THREATEN" || trigger.TokenCount != 1 || !tokens[trigger.FirstToken].Folded.EndsWith('ا')) return false;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        for (int k = trigger.FirstToken - 1; k >= Math.Max(sentence.FirstToken, trigger.FirstToken - 12) && tokens[k].IsWord; k--)
            foreach (var r in tokens[k].Readings)
                if (Perceivers.Contains(r.Stem) || PronounSuffix.Strip(r.Stem, 3) is { } bare && Perceivers.Contains(bare)) return true;
        return false;
    }

    private static bool Any(Token t, HashSet<string> set)
    {
        foreach (var r in t.Readings)
            if (set.Contains(r.Stem)) return true;
        return false;
    }

    /// <summary>"تجاه الاتفاق النووي", "مستقبل الاتفاق": a named deal spoken about, with no date in the sentence to make it a happening.</summary>
    private static bool UndatedTopic(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "AGREE" || trigger.FirstToken == 0) return false;
        if (!Definite(analysis.Tokens[trigger.FirstToken]) || !Any(analysis.Tokens[trigger.FirstToken - 1], Topics)) return false;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        return !TimexStartsIn(analysis, sentence.FirstToken, sentence.EndToken, datesOnly: false);
    }

    private static bool Quantified(Analysis analysis, TriggerMatch trigger)
    {
        int k = trigger.FirstToken - 1;
        // "جميع أشكال الهجمات": one noun may stand between the quantifier and the trigger
        for (int steps = 0; k >= 0 && steps < 2; k--, steps++)
        {
            var t = analysis.Tokens[k];
            if (!t.IsWord) return false;
            foreach (var r in t.Readings)
                if (Quantifiers.Contains(r.Stem)) return true;
            if (steps == 0 && !KindNouns.Contains(t.Folded)) return false;
        }
        return false;
    }

    // the sentence last asked about and its first token that may start a habit phrase (its EndToken when none): the
    // triggers of a sentence are sorted out one after the other, and each would otherwise scan its sentence's masks again
    [ThreadStatic]
    private static Sentence? _habitSentence;

    [ThreadStatic]
    private static int _firstHabitWord;

    private static int FirstHabitWord(Sentence sentence, ulong[] masks)
    {
        if (ReferenceEquals(_habitSentence, sentence)) return _firstHabitWord;
        int i = sentence.FirstToken;
        while (i < sentence.EndToken && (masks[i] & Habitual.Bit) == 0) i++;
        _habitSentence = sentence;
        return _firstHabitWord = i;
    }

    private static bool StartsInstance(string word)
    {
        foreach (var first in InstanceFirsts)
            if (string.Equals(word, first, StringComparison.Ordinal)) return true;
        return false;
    }

    // a bare habit word starts at token i: with the article it is the noun ("كما جرت العادة، تعهدت إيران …" tells of one happening)
    private static bool IsHabit(Analysis analysis, ulong[] masks, int i) =>
        (masks[i] & Habitual.Bit) != 0 && Habitual.Match(analysis.Tokens, i) is { } m && !m.FirstReading.HasArticle;

    private static bool HabitBefore(Analysis analysis, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var masks = TokenMasks.For(analysis);
        // the habit is told of its own clause: "توترا انعكس أحيانا على الأرض، وسط تقارير عن اتفاق" does not make the deal a
        // habit; a comma alone may set off an apposition ("مهرجان 21 مارس، المعروف باسم …"), so the clause must open with a
        // word of its own ("وسط", "فيما", "حيث": habit_end in the table)
        var tokens = analysis.Tokens;
        // most sentences have no habit word before the trigger at all: the sentence's first habit word answers before any word is read
        int firstHabit = FirstHabitWord(sentence, masks);
        if (firstHabit >= trigger.FirstToken) return false;
        // one pass back from the trigger to the first habit word: the nearest clause opener or instance met on the way closes
        // the stretch a habit word must stand in, and every word after it was read already
        for (int k = trigger.FirstToken - 1; k >= firstHabit; k--)
        {
            if (k > sentence.FirstToken && tokens[k - 1].Folded is "،" or "," or "؛" or ";" && HabitEnds.Contains(tokens[k].Folded))
                return IsHabit(analysis, masks, k);
            // "يستخدم عادة ذريعة لتوجيه ضربات كما حصل العام الماضي في قصف مطار الشعيرات": one instance of the habit, told after it
            if (k > sentence.FirstToken && StartsInstance(tokens[k - 1].Folded) && Instances.Contains((tokens[k - 1].Folded, tokens[k].Folded))) return false;
            if (IsHabit(analysis, masks, k)) return true;
        }
        return false;
    }
}
