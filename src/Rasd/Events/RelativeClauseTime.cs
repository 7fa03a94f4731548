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

    // a relative pronoun is looked for this far back from the date, with no punctuation between
    private const int Reach = 6;

    /// <summary>Whether <paramref name="t"/> sits in a relative clause about a noun other than <paramref name="trigger"/>.</summary>
    public static bool DatesAnotherNoun(Analysis analysis, TriggerMatch trigger, Timex t)
    {
        var tokens = analysis.Tokens;
        int first = analysis.Sentences[trigger.SentenceIndex].FirstToken;
        int pronoun = -1;
        for (int k = t.FirstToken - 1; k >= Math.Max(first, t.FirstToken - Reach) && !tokens[k].IsPunctuationLike(); k--)
            if (RelativePronouns.Contains(tokens[k].Folded))
            {
                pronoun = k;
                break;
            }
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

    // "من الاتفاق", "بالانتخابات", "للاتفاق": a preposition, standing alone or glued before the article (a bare ب or ل
    // reading is too often the word's own first letter: "بلدة", "لبنان")
    private static bool IsPrepositional(Token t)
    {
        if (t.Folded is "من" or "في" or "علي" or "عن" or "الي" or "مع") return true;
        foreach (var r in t.Readings)
            if (r.HasArticle && r.Proclitics.Length > 0 && r.Proclitics[^1] is 'ل' && (r.Proclitics.Contains('ب') || r.Proclitics.StartsWith("لل", StringComparison.Ordinal) || r.Proclitics.StartsWith("ولل", StringComparison.Ordinal))) return true;
        return false;
    }

    internal static bool IsPunctuationLike(this Token t) => t.Kind == TokenKind.Punctuation && !t.IsQuoteMark;
}
