using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>"بدأت الطائرات غاراتها في المحافظة": "the governorate" just after a trigger is the Syrian governorate named last before it, which is where the event is.</summary>
/// <remarks>
/// Without it the event takes whatever place its sentence names further on ("… وسط مخاوف أنقرة"), or none. Only a phrase right
/// after the trigger counts (within <see cref="Reach"/> words, no place named between), and only one governorate named before it,
/// in its sentence or the two before.
/// </remarks>
internal static class GovernorateAnaphor
{
    private static readonly string[] Phrases = [ArabicFolding.FoldString("المحافظة"), ArabicFolding.FoldString("بالمحافظة"), ArabicFolding.FoldString("وبالمحافظة")];
    private static readonly string In = ArabicFolding.FoldString("في"), Inside = ArabicFolding.FoldString("داخل");

    // the words between the trigger and "في المحافظة" ("غاراتهما العسكرية في المحافظة")
    private const int Reach = 4;

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (Governorate(analysis, trigger) is not { } code) return;
        ev.Places.Clear();
        ev.Places.Add(code);
    }

    private static string? Governorate(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        int end = Math.Min(sentence.EndToken, trigger.EndToken + Reach + 2);
        int at = -1;
        for (int k = trigger.EndToken; k < end; k++)
        {
            var w = tokens[k].Folded;
            if (w == Phrases[0] && k > 0 && tokens[k - 1].Folded is var p && (p == In || p == Inside)) { at = k - 1; break; }
            if (w == Phrases[1] || w == Phrases[2]) { at = k; break; }
        }
        if (at < 0) return null;
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        // a place named between the trigger and the phrase is the event's own
        foreach (var m in mentions)
            if (m.FirstToken >= trigger.EndToken && m.FirstToken < at && m.Places.Count > 0) return null;
        for (int s = trigger.SentenceIndex; s >= Math.Max(0, trigger.SentenceIndex - 2); s--)
        {
            var list = s == trigger.SentenceIndex ? mentions : ArgumentFinder.MentionsIn(analysis, analysis.Sentences[s]);
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var m = list[i];
                if (s == trigger.SentenceIndex && m.FirstToken >= trigger.FirstToken) continue;
                if (m.Places is [var only] && only.StartsWith("SY", StringComparison.Ordinal) && only.Length >= 4) return only[..4];
            }
        }
        return null;
    }
}
