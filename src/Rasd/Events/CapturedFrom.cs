using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Ground taken from a side (data/event_capture_words.tsv): in "هجوم لاستعادة أراض تسيطر عليها المعارضة" the holder named after
/// the controller cue is the side the attack fights, where "إدلب التي تسيطر عليها المعارضة" alone only describes the place.
/// </summary>
internal static class CapturedFrom
{
    private static readonly HashSet<string> Words = Lexicons.TsvTable.FoldedWords("event_capture_words");

    // how many words before the holder's cue a word of taking may stand ("لاستعادة السيطرة على المحافظة المحاذية لمحافظة القنيطرة من أيدي")
    private const int Reach = 10;

    // how far past the attack the word of taking may stand ("شنت الحكومة هجوما في منتصف فبراير/ شباط، لاستعادة …")
    private const int PurposeReach = 8;

    /// <summary>
    /// Whether a word of taking or retaking ground tied to the trigger — the trigger itself ("سيطرت على أراض كانت في يد …") or a
    /// purpose right after it ("هجوم لاستعادة …") — stands within reach before the controller cue that starts at <paramref name="cueStart"/>.
    /// A retaking told elsewhere in the sentence ("الضربات الغربية تأتي … في إشارة إلى استعادة القوات الحكومية …") is not the attack's.
    /// </summary>
    public static bool Before(IReadOnlyList<Token> tokens, TriggerMatch trigger, int cueStart)
    {
        int last = Math.Min(cueStart - 1, trigger.EndToken + PurposeReach);
        for (int i = Math.Max(trigger.FirstToken, cueStart - Reach); i <= last; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            foreach (var r in t.Readings)
                if (Words.Contains(r.Stem)) return true;
        }
        return false;
    }
}
