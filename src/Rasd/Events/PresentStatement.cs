using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// "وتتهمه أنقرة بأنه وراء محاولة الانقلاب في 15 يوليو 2016", "وهو ما ينفيه ترامب" after "انتخابات عام 2016": an accusation,
/// denial, demand or other statement told in the present tense is still made at the report's time; a date of its clause well
/// before the report dates the deed it speaks of, not the statement (unless it follows the verb and opens with "منذ": the
/// statement runs since then).
/// </summary>
internal static class PresentStatement
{
    // a date within a month of the report may still be the statement's own ("يتهم … منذ أمس", "يطالب الأسبوع الماضي")
    private const int RecentDays = 31;

    /// <summary>Whether the trigger is a statement verb in the present tense (an imperfective prefix, no past frame before it).</summary>
    public static bool Is(Analysis analysis, TriggerMatch trigger)
    {
        if (!Statements.Contains(trigger.Entry.Type) || trigger.Proclitics.EndsWith('س') || trigger.HasArticle || trigger.HasPreposition) return false;
        // the listed word itself is the verb form ("تتهم" in "وتتهمه"): a one-word entry with an imperfective prefix
        var w = trigger.Entry.Phrase;
        if (w.Contains(' ') || !IsImperfective(w)) return false;
        var tokens = analysis.Tokens;
        // "كانت تطالب", "لم ينف", "بدأ أردوغان يطالب": a past or negated frame
        if (trigger.FirstToken > 0 && TimeLexicon.Default.IsPastFrame(tokens[trigger.FirstToken - 1].Folded)) return false;
        // "قرارا يندد بالخطوة", "مقطع فيديو تتهم فيه المصريين": what a document says, dated with the document
        if (trigger.FirstToken > 0 && Documents.Contains(tokens[trigger.FirstToken - 1].Folded)) return false;
        return trigger.EndToken >= tokens.Count || tokens[trigger.EndToken].Folded is not ("فيه" or "فيها" or "فيهما");
    }

    private static readonly HashSet<string> Documents = Lexicons.TsvTable.FoldedWords("statement_documents");

    // the statements a present tense keeps going: not an exchange ("تبادل" is a noun or a past verb) or other concession
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN" };

    // "يتهم", "تنفي": the third persons; not a verbal noun of the تفعيل pattern that a ت also opens ("تنديد", "تهديد",
    // "تأييد"), and not ن, which opens as many nouns and past verbs ("نفي", "نفى") as first-person verbs
    private static bool IsImperfective(string w) =>
        w.Length >= 3 && (w[0] == 'ي' || w[0] == 'ت' && !(w.Length >= 5 && w[3] == 'ي'));

    /// <summary>Whether a span of a present-tense statement's clause began well before the report (so dates what is spoken of).</summary>
    /// <remarks>A span since then that runs to the report counts by its beginning: one from another clause, or from the
    /// clause's other verb, is that verb's ("ويعيش غولن في منفاه منذ 1999، وتتهمه أنقرة").</remarks>
    public static bool Old(Analysis analysis, (DateOnly Begin, DateOnly End) span) =>
        analysis.Published is { } published && span.Begin.AddDays(RecentDays) < published;

    /// <summary>Whether a timex of the statement's own clause dates something else: a past date, or a span since then that
    /// another present verb before it governs (one after the verb, "تطالب بها بكين منذ عام 1949", is the statement's own).</summary>
    public static bool DatesOther(Analysis analysis, TriggerMatch trigger, Timex t, bool since, (DateOnly Begin, DateOnly End) span)
    {
        // "- 13 سبتمبر 2016: إسرائيل تنفي …": a date heading an entry of a timeline dates what the entry tells
        if (t.EndToken < analysis.Tokens.Count && analysis.Tokens[t.EndToken].Folded == ":") return false;
        // "وقالت المتحدثة في ديسمبر 2016 إن إليسون ترفض …": the day the words were said, right before the complementizer, is theirs
        if (t.EndToken <= trigger.FirstToken && ComplementizerRightAfter(analysis, t.EndToken, trigger.FirstToken)) return false;
        if (!since) return analysis.Published is { } published && span.End.AddDays(RecentDays) < published;
        if (t.FirstToken > trigger.FirstToken || !Old(analysis, span)) return false;
        var tokens = analysis.Tokens;
        int from = Math.Max(analysis.Sentences[trigger.SentenceIndex].FirstToken, t.FirstToken - VerbReach);
        for (int k = t.FirstToken - 1; k >= from; k--)
            if (TimeLexicon.Default.IsPresentVerb(tokens[k].Folded, minLength: 3)) return true;
        return false;
    }

    // (a comma may set the date off: "في ديسمبر / كانون الأول 2016، إن")
    private static bool ComplementizerRightAfter(Analysis analysis, int from, int to)
    {
        var tokens = analysis.Tokens;
        if (from < to && tokens[from].IsComma) from++;
        return from < to && TimeAttacher.IsComplementizer(tokens[from]);
    }

    // how far before a span since then its own verb may stand ("ويعيش فتح الله غولن في منفاه في الولايات المتحدة منذ 1999")
    private const int VerbReach = 10;
}
