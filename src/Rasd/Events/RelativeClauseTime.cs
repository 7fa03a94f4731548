using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// A date inside a relative clause that tells of another noun dates that noun, not the trigger: "الانسحاب من الاتفاق النووي
/// الذي أبرم عام 2015" (the deal's year, not the withdrawal's), "حذرت دمشق من الاقتراب من الجولان الذي احتلته إسرائيل عام
/// 1967". A clause opened right on the trigger ("الضربات الإسرائيلية التي استهدفت فجر 10 مايو") or holding it keeps its date,
/// and so does a clause after an attack, whose target and place are its own.
/// </summary>
public static class RelativeClauseTime
{
    private static readonly HashSet<string> RelativePronouns = Lexicons.TsvTable.FoldedWords("relative_pronouns");

    // a relative pronoun is looked for this far back from the date, with no punctuation between (a clause with a counted
    // subject runs long: "الحرب التي قتل فيها أكثر من 350 ألف شخص منذ 2011" puts the pronoun eight words before the year)
    private const int Reach = 10;

    /// <summary>Whether <paramref name="t"/> sits in a relative clause about a noun other than <paramref name="trigger"/>.</summary>
    public static bool DatesAnotherNoun(Analysis analysis, TriggerMatch trigger, Timex t)
    {
        var tokens = analysis.Tokens;
        int first = analysis.Sentences[trigger.SentenceIndex].FirstToken;
        int pronoun = Opener(tokens, first, t.FirstToken);
        // only a clause after the trigger is read: one before it may end anywhere ("الذي تقوده واشنطن في الأسبوع الماضي" may
        // date the main clause), and one holding the trigger is the trigger's own
        if (pronoun < trigger.EndToken) return false;
        // after an attack the clause tells of the attack, whose target and place are its own ("الهجوم على حلبجة الذي وقع عام 1988")
        if (trigger.Entry.Type == "ASSAULT") return false;
        // a prepositional object between the trigger and the clause is the noun it tells of
        for (int k = trigger.EndToken; k < pronoun; k++)
            if (IsPrepositional(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Whether a date in the sentence before an event's own tells the day of another noun, the one a relative clause describes:
    /// "عادت الحافلات الجمعة بعد تعثر عمليات إجلاء كانت مقررة وفق اتفاق تم التوصل إليه الأحد الماضي" sets Friday for what the
    /// next sentence leaves undated, not the deal's Sunday. Only when the sentence names another day before it, and not after
    /// an attack, whose clause tells the attack's own day ("القصف الذي استهدف البلدة الأحد").
    /// </summary>
    public static bool DatesAnotherNounBefore(Analysis analysis, int sentenceIndex, Timex t, bool earlierDate)
    {
        if (!earlierDate) return false;
        var tokens = analysis.Tokens;
        int opener = Opener(tokens, analysis.Sentences[sentenceIndex].FirstToken, t.FirstToken);
        if (opener <= 0) return false;
        foreach (var trigger in analysis.Get<TriggerLayer>()?.InSentence(sentenceIndex) ?? [])
            if (trigger.Entry.Type == "ASSAULT" && trigger.EndToken <= opener && opener - trigger.EndToken <= 2) return false;
        return true;
    }

    // the token that opens the relative clause holding the date: a relative pronoun, or "تم/جرى" right after an indefinite noun
    // ("اتفاق تم التوصل إليه الأحد الماضي", a clause with no pronoun as Arabic makes it after an indefinite noun); -1 when none
    private static int Opener(IReadOnlyList<Token> tokens, int first, int date)
    {
        for (int k = date - 1; k >= Math.Max(first, date - Reach) && !tokens[k].IsPunctuationLike(); k--)
            if (RelativePronouns.Contains(tokens[k].Folded) || AsyndeticOpener(tokens, first, k)) return k;
        return -1;
    }

    private static bool AsyndeticOpener(IReadOnlyList<Token> tokens, int first, int k)
    {
        if (tokens[k].Folded is not ("تم" or "جري") || k - 1 < first) return false;
        var before = tokens[k - 1];
        if (!before.IsWord || before.Folded.Length < 3 || NotNouns.Contains(before.Folded)) return false;
        foreach (var r in before.Readings)
            if (r.HasArticle) return false;
        return true;
    }

    // words before "تم" that are no indefinite noun: "بعدما تم", "وقد تم"
    private static readonly HashSet<string> NotNouns = ["بعدما", "عندما", "حينما", "كلما", "بينما", "لقد", "وقد", "فقد", "ولقد", "والذي", "والتي", "وربما", "ربما"];

    // "من الاتفاق", "بالانتخابات", "للاتفاق": a preposition, standing alone or glued before the article (a bare ب or ل
    // reading is too often the word's own first letter: "بلدة", "لبنان")
    private static bool IsPrepositional(Token t)
    {
        // "وفق اتفاق", "بموجب اتفاق": under a deal
        if (t.Folded is "من" or "في" or "علي" or "عن" or "الي" or "مع" or "وفق" or "وفقا" or "بموجب") return true;
        foreach (var r in t.Readings)
            if (r.HasArticle && r.Proclitics.Length > 0 && r.Proclitics[^1] is 'ل' && (r.Proclitics.Contains('ب') || r.Proclitics.StartsWith("لل", StringComparison.Ordinal) || r.Proclitics.StartsWith("ولل", StringComparison.Ordinal))) return true;
        return false;
    }

    internal static bool IsPunctuationLike(this Token t) => t.Kind == TokenKind.Punctuation && !t.IsQuoteMark;
}
