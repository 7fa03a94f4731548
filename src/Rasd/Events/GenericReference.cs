using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// A trigger quantified by "all/every" ("جميع الاتفاقات", "كافة الهجمات", "كل أشكال التصعيد") speaks of a kind of happening,
/// not of one that took place: it is no event.
/// </summary>
public static class GenericReference
{
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "جميع", "كافه", "كل", "مختلف", "شتي" };

    public static bool Is(Analysis analysis, TriggerMatch trigger)
    {
        int k = trigger.FirstToken - 1;
        // "جميع أشكال الهجمات": one noun may stand between the quantifier and the trigger
        for (int steps = 0; k >= 0 && steps < 2; k--, steps++)
        {
            var t = analysis.Tokens[k];
            if (!t.IsWord) return false;
            foreach (var r in t.Readings)
                if (Quantifiers.Contains(r.Stem)) return true;
            if (steps == 0 && t.Folded is not ("اشكال" or "انواع" or "صنوف")) return false;
        }
        return false;
    }
}
