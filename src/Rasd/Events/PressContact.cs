using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A meeting or a call whose other side is a news outlet is an interview, no consultation: "في لقاء مع قناة «العربية»",
/// "في اتصال هاتفي مع وكالة فرانس برس", "لقاء بثته وكالة بلومبرغ", "ممن اتصلت بهم رويترز", "التقت فرانس24 بالمؤذن".
/// The outlet is a named mention of a news medium (an actor of sector MED, or a name after an outlet noun); the press
/// words that are no names (reporters, a "لقاء تلفزيوني") are rows of data/event_trigger_blockers.tsv.
/// </summary>
internal static class PressContact
{
    // the most words between the trigger and the outlet ("في لقاء أجراه الشيخ خالد مع قناة …")
    private const int Reach = 7;

    // the word that brings in the other side of a talk: "في لقاء له مع قناة …"
    private static readonly string With = ArabicFolding.FoldString("مع");

    // where an interview is aired: "في لقاء على سي إن إن", "عبر قناة …"
    private static readonly HashSet<string> OnWords = Folded("على", "عبر");

    // the verbs that tell an interview held or aired by the outlet named right after them: "لقاء بثته وكالة بلومبرغ"
    private static readonly HashSet<string> AiredWords = Folded("بثته", "بثتها", "أجرته", "أجرتها", "نشرته", "نشرتها", "أذاعته", "أذاعتها");

    private static readonly HashSet<string> OutletNouns = Lexicons.TsvTable.FoldedWords("outlet_nouns");

    /// <summary>Whether the trigger is a consultation whose other side is a news outlet.</summary>
    public static bool Is(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "CONSULT") return false;
        var tokens = analysis.Tokens;
        int end = Math.Min(analysis.Sentences[trigger.SentenceIndex].EndToken, trigger.EndToken + Reach);
        foreach (var m in SentenceIndex.For(analysis).Mentions(trigger.SentenceIndex))
        {
            if (m.FirstToken < trigger.EndToken || m.FirstToken >= end || !IsOutlet(m)) continue;
            // (the outlet of a later clause is not the trigger's: only words and quote marks between)
            if (!OnlyWordsBetween(tokens, trigger.EndToken, m.FirstToken)) continue;
            // the name may be quoted and come after its outlet noun: 'مع قناة "العربية"'
            int k = m.FirstToken;
            if (k > trigger.EndToken && tokens[k - 1].IsQuoteMark) k--;
            if (k > trigger.EndToken && IsOutletNoun(tokens[k - 1])) k--;
            if (k > trigger.EndToken && tokens[k - 1].Folded == With) return true;
            // "على"/"عبر" only right after the trigger ("في لقاء على سي إن إن"), not a broadcast told further on ("ونقل
            // الاجتماع على الهواء مباشرة على التلفزيون")
            if (k > trigger.EndToken && k - 1 <= trigger.EndToken + 1 && OnWords.Contains(tokens[k - 1].Folded)) return true;
            if (k > trigger.EndToken && AiredWords.Contains(tokens[k - 1].Folded)) return true;
            // the outlet is the subject of the verb, right after it or after its object pronoun: "التقت فرانس24 …",
            // "ممن اتصلت بهم رويترز"; with ب the one called or met ("اتصل بإذاعة عجمان"); but not with ل, the one a
            // participant told of it ("المطلع على المحادثات لرويترز")
            if ((k == trigger.EndToken || k == trigger.EndToken + 1 && IsPronounObject(tokens[trigger.EndToken])) && !ToldTo(tokens[k])) return true;
        }
        return false;
    }

    private static HashSet<string> Folded(params string[] words) => new(words.Select(w => ArabicFolding.FoldString(w)), StringComparer.Ordinal);

    private static bool IsOutlet(EntityMention m) =>
        m.Actor is { } a && ActorCode.Sector(a) == "MED" || m.Id is { } id && id.StartsWith("outlet:", StringComparison.Ordinal);

    private static bool IsOutletNoun(Token t)
    {
        foreach (var r in t.Readings)
            if (OutletNouns.Contains(r.Stem)) return true;
        return OutletNouns.Contains(t.Folded);
    }

    // "لرويترز", "لصحيفة …": the outlet told, with ل
    private static bool ToldTo(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics.EndsWith('ل') && r.Stem.Length > 2) return true;
        return false;
    }

    // "بهم", "به", "بها": the one called, a pronoun after ب
    private static bool IsPronounObject(Token t) => t.Folded is "به" or "بها" or "بهم" or "بهما" or "بهن";

    private static bool OnlyWordsBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!tokens[k].IsWord && !tokens[k].IsQuoteMark) return false;
        return true;
    }
}
