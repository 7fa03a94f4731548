using Rasd.Text;

namespace Rasd.Events;

/// <summary>"ردا على هجوم", "انتقاما لهجوم": the words that make an attack noun the cause another act answers (data/event_response_cues.tsv).</summary>
internal static class ResponseCues
{
    private static readonly HashSet<string> Cues = Lexicons.TsvTable.FoldedWords("event_response_cues");

    /// <summary>Whether the trigger is introduced as what a response answers.</summary>
    internal static bool IsCause(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        int f = trigger.FirstToken;
        // "ردا على ما قال إنه هجوم صاروخي": the answered attack as the speaker calls it is still the cause
        if (f >= 4 && tokens[f - 1].Folded is "انه" or "انها" && tokens[f - 3].Folded == "ما" && tokens[f - 2].Folded is "قال" or "قالت" or "وصفه" or "وصفته" or "اعتبره")
            f -= 3;
        if (f < 1) return false;
        // "انتقاما لهجوم": the preposition the noun carries ends the cue
        if (trigger.HasPreposition && trigger.Proclitics.TrimStart('و', 'ف').StartsWith('ل') && Cues.Contains(tokens[f - 1].Folded + " ل")) return true;
        // "بضربات انتقامية بعد الهجوم الكيميائي": a one-word cue right before the noun
        return Cues.Contains(tokens[f - 1].Folded) || f >= 2 && Cues.Contains(tokens[f - 2].Folded + " " + tokens[f - 1].Folded);
    }
}
