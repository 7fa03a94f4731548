using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>The direct object of a verb of asking, past its subject ("طلبت الأمم المتحدة هدنة إنسانية"): asked for, not done.</summary>
internal static class AskedForObject
{
    private static readonly HashSet<string> AskingVerbs = TsvTable.FoldedWords("event_asking_verbs");
    private static readonly HashSet<string> Breaks = TsvTable.FoldedWords("event_asked_object_breaks");

    // the subject and the one asked ("من مجلس الأمن") fit in this many words; further on the trigger is as likely another phrase's
    private const int Reach = 8;

    /// <summary>True when a verb of asking (data/event_asking_verbs.tsv) stands before the trigger with only words of its subject between.</summary>
    public static bool Holds(Analysis analysis, TriggerMatch trigger, TriggerLayer layer)
    {
        // "وطلبت … وشنت": a trigger with its own conjunction or preposition starts a phrase of its own
        if (trigger.Proclitics.Length != 0) return false;
        var tokens = analysis.Tokens;
        // "اقترحت في مؤتمر دولي": talks right after "في" are where the asking was done
        if (trigger.FirstToken > 0 && tokens[trigger.FirstToken - 1].Folded == "في") return false;
        for (int k = trigger.FirstToken - 1; k >= 0 && k >= trigger.FirstToken - 1 - Reach; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || Breaks.Contains(token.Folded)) return false;
            if (IsAskingVerb(token)) return !(k > 0 && tokens[k - 1].Folded == "علي");
            if (InOtherTrigger(layer, trigger, k) && !SupportNouns.Carries(token)) return false;
        }
        return false;
    }

    /// <summary>True when a verb or noun of asking stands within four words before <paramref name="position"/>, only words between ("طلب الروس تأجيل", "بطلب تأجيل").</summary>
    public static bool AskingVerbBefore(IReadOnlyList<Token> tokens, int position)
    {
        for (int k = position - 1; k >= 0 && k >= position - 4; k--)
        {
            if (!tokens[k].IsWord) return false;
            // "تقدمت بطلب تأجيل": a request submitted, here with ب
            if (IsAskingVerb(tokens[k]) || tokens[k].Readings.Any(r => r.Proclitics is "ب" or "وب" && AskingVerbs.Contains(r.Stem))) return true;
        }
        return false;
    }

    // "بطلب من روسيا" is on whose request something was done; "بناء على طلب" likewise (checked by the caller's word before)
    private static bool IsAskingVerb(Token token)
    {
        foreach (var r in token.Readings)
            if (r.Proclitics is "" or "و" or "ف" && AskingVerbs.Contains(r.Stem)) return true;
        return false;
    }

    private static bool InOtherTrigger(TriggerLayer layer, TriggerMatch trigger, int k)
    {
        foreach (var t in layer.InSentence(trigger.SentenceIndex))
            if (t.FirstToken <= k && k < t.EndToken && t.Entry.Type != "REQUEST") return true;
        return false;
    }
}
