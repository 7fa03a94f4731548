using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// A date right after an attack noun that stands between a statement (a call, a charge, a refusal, a threat) and the date dates
/// that attack, not the statement about it: "طالب بإطلاق سراح X، أبرز المشتبه بهم في هجمات باريس في 13 نوفمبر 2015" (the
/// attacks' day, not the demand's), "ألقت إيران باللوم على إسرائيل في هجوم وقع في التاسع من أبريل".
/// </summary>
public static class NestedAttackTime
{
    // the most words between the attack noun and its date ("هجمات باريس في")
    private const int Reach = 3;

    /// <summary>Whether <paramref name="t"/> follows an attack trigger that stands between it and <paramref name="trigger"/>.</summary>
    public static bool DatesNestedAttack(Analysis analysis, TriggerMatch trigger, Timex t)
    {
        // (talks, deals and other deeds keep such a date: "زار مسجدا قبل الهجوم في أغسطس", "اتفاق فك الاشتباك عام 1974")
        if (!ArgumentFinder.SpeechActs.Contains(trigger.Entry.Type) || t.FirstToken < trigger.EndToken) return false;
        if (analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) is not { } triggers) return false;
        var tokens = analysis.Tokens;
        foreach (var other in triggers)
        {
            if (other.Entry.Type != "ASSAULT" || other.FirstToken < trigger.EndToken || other.EndToken > t.FirstToken) continue;
            if (t.FirstToken - other.EndToken > Reach) continue;
            bool broken = false;
            for (int k = other.EndToken; k < t.FirstToken && !broken; k++) broken = tokens[k].IsPunctuationLike();
            if (!broken) return true;
        }
        return false;
    }
}
