using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Whether a site cue of role "struck" (data/event_role_cues.tsv: "غرفة عمليات") stands as the object of an attack word:
/// "قصف "غرفة عمليات" لتنظيم داعش", "استهدفت غرفة عمليات لعصابات داعش", "غارة على غرفة عمليات الحوثيين".
/// </summary>
/// <remarks>
/// Such a site is as often the body that reports the attack ("وفق ما ذكرت غرفة عمليات القوات الجوية الليبية"), whose side
/// must not become the one hit; so the cue counts only right after an attack trigger of the sentence.
/// </remarks>
public static class StruckSite
{
    /// <summary>Whether an attack trigger of the sentence ends right before <paramref name="cueStart"/>, past quote marks and one "على"/"ضد".</summary>
    public static bool AfterAttackWord(Analysis analysis, Sentence sentence, int cueStart)
    {
        var tokens = analysis.Tokens;
        int k = cueStart;
        while (k > sentence.FirstToken && tokens[k - 1].IsQuoteMark) k--;
        if (k > sentence.FirstToken && tokens[k - 1].Folded is "علي" or "ضد") k--;
        while (k > sentence.FirstToken && tokens[k - 1].IsQuoteMark) k--;
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(sentence.Index) ?? [])
            if (t.Entry.Type == "ASSAULT" && t.EndToken == k) return true;
        return false;
    }
}
