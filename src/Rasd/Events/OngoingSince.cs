using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// "ومنذ أسبوع، يشن تنظيم داعش هجمات", "تقصف الطائرات منذ ثلاثة أيام": a date told as "منذ + span" (a week ago) before or after a
/// present-tense verb of the event's clause is when something still going on began, so the event runs from it to the report;
/// with a past verb ("قتل منذ أسبوع") it stays the day it happened.
/// </summary>
internal static class OngoingSince
{
    // how many words before the earlier of the date and the trigger a governing verb may stand ("يشن الجيش منذ أسبوع هجوما")
    private const int VerbReach = 3;

    /// <summary>Whether the date timex <paramref name="t"/> opens with "منذ" and a present-tense verb governs it and the trigger.</summary>
    public static bool Runs(Analysis analysis, Timex t, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        if (t.Type != TimexType.Date || !tokens[t.FirstToken].HasStem("منذ")) return false;
        if (trigger.Proclitics.EndsWith('س')) return false;
        int sentenceStart = analysis.SentenceOfToken(t.FirstToken).FirstToken;
        int from = Math.Max(sentenceStart, Math.Min(t.FirstToken, trigger.FirstToken) - VerbReach);
        int to = Math.Max(t.EndToken, trigger.EndToken);
        var lexicon = TimeLexicon.Default;
        for (int k = from; k < to && k < tokens.Count; k++)
        {
            var token = tokens[k];
            // a full stop or a colon between them: another sentence's verb (a comma after the date is its usual setting-off)
            if (token.Kind == TokenKind.Punctuation && !token.IsComma) return false;
            if (!token.IsWord || k >= t.FirstToken && k < t.EndToken) continue;
            // (the time layer's test, with three-letter verbs: "يشن" is one, "تنظيم" and "يوم" are not)
            if (lexicon.IsPresentVerb(token.Folded, minLength: 3) && (k == 0 || !lexicon.IsPastFrame(tokens[k - 1].Folded))) return true;
        }
        return false;
    }
}
