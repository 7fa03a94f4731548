using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "اتفاق الهجرة مع أنقرة", "تعزيز التعاون الوثيق مع موسكو", "محادثات مع طهران", "الاجتماع بين موسكو وأنقرة": a capital right
/// after "مع" or "بين" a few words past a trigger of talks, a deal or cooperation is a government party to it, not where it happened.
/// </summary>
public static class WithCapital
{
    private static readonly string With = ArabicFolding.FoldString("مع");

    // at most this many words between the trigger and "مع" ("اتفاق الهجرة مع", "التعاون العسكري الوثيق مع")
    private const int Reach = 3;

    private static readonly string Between = ArabicFolding.FoldString("بين");

    // capitals joined after the first one that "بين" governs ("بين موسكو وأنقرة وطهران"), each one word
    private const int Joined = 3;

    /// <summary>
    /// Whether the mention comes right after a bare "مع" or "بين" that follows the trigger within <see cref="Reach"/> words, with no
    /// punctuation between, or is joined by "و" to a capital right after "بين" ("الاجتماع بين موسكو وأنقرة").
    /// </summary>
    public static bool Holds(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        int with = m.FirstToken - 1;
        if (with >= trigger.EndToken && tokens[with].Folded != With && tokens[with].Folded != Between && tokens[m.FirstToken].Folded.StartsWith('و'))
            for (int hops = 0; hops < Joined && with > trigger.EndToken && tokens[with].IsWord && tokens[with].Folded != Between; hops++) with--;
        if (with < trigger.EndToken || with - trigger.EndToken > Reach || tokens[with].Folded != With && tokens[with].Folded != Between) return false;
        for (int k = trigger.EndToken; k < with; k++)
            if (!tokens[k].IsWord) return false;
        return true;
    }
}
