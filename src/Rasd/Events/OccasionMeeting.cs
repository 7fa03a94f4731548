using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "شكر الوزير السعودية، وذلك خلال مكالمة هاتفية مع ولي العهد": a meeting told as the occasion of what the sentence said
/// ("، وذلك خلال/أثناء/لدى …") was held by the sentence's subject, the first party named at its start.
/// </summary>
internal static class OccasionMeeting
{
    // the words that make the meeting the occasion of the sentence's statement, right before the meeting word
    private static readonly HashSet<string> Occasion = new(StringComparer.Ordinal) { "خلال", "اثناء", "لدي" };

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Type != "CONSULT" || trigger.FirstToken < 3) return;
        var tokens = analysis.Tokens;
        int at = trigger.FirstToken;
        if (!Occasion.Contains(tokens[at - 1].Folded) || tokens[at - 2].Folded != "وذلك" || !tokens[at - 3].IsComma) return;
        if (SentenceSubject.Of(analysis, trigger.SentenceIndex, at - 3) is { } code && !ev.Actors.Contains(code)) ev.Actors.Add(code);
    }
}
