using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "اتفاق الهجرة مع أنقرة", "تعزيز التعاون الوثيق مع موسكو", "محادثات مع طهران": a capital right after "مع" a few words
/// past a trigger of talks, a deal or cooperation is the government on the other side of it, not where it happened.
/// </summary>
public static class WithCapital
{
    private static readonly string With = ArabicFolding.FoldString("مع");

    // at most this many words between the trigger and "مع" ("اتفاق الهجرة مع", "التعاون العسكري الوثيق مع")
    private const int Reach = 3;

    /// <summary>Whether the mention comes right after a bare "مع" that follows the trigger within <see cref="Reach"/> words, with no punctuation between.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m)
    {
        int with = m.FirstToken - 1;
        if (with < trigger.EndToken || with - trigger.EndToken > Reach || tokens[with].Folded != With) return false;
        for (int k = trigger.EndToken; k < with; k++)
            if (!tokens[k].IsWord) return false;
        return true;
    }
}
