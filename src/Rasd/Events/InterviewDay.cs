using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "واتهم السيسي في حوار، نشرته جريدة الشاهد مساء الجمعة، …" then "ودعا الرئيس المصري في حواره مع الصحيفة إلى …": a statement told
/// "في حواره" (the interview referred back to) with no day of its own was made on the day of the interview told and dated before
/// (data/interview_words.tsv).
/// </summary>
internal static class InterviewDay
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("interview_words");

    private static readonly HashSet<string> Told = Table.FoldedWhere("kind", "told", "word"), Again = Table.FoldedWhere("kind", "again", "word");

    public static void Lend(Analysis analysis, List<Event> events)
    {
        foreach (var ev in events)
        {
            if (ev.TimeFromText || !ArgumentFinder.SpeechActs.Contains(ev.Type) || !InSentence(analysis, ev.Triggers[0].SentenceIndex, Again)) continue;
            // the nearest statement before it told "في حوار" with its day
            Event? dated = null;
            foreach (var other in events)
                if (other != ev && other.TimeFromText && ArgumentFinder.SpeechActs.Contains(other.Type)
                    && other.Triggers[0].SentenceIndex < ev.Triggers[0].SentenceIndex && InSentence(analysis, other.Triggers[0].SentenceIndex, Told)
                    && (dated is null || other.Triggers[0].SentenceIndex > dated.Triggers[0].SentenceIndex)) dated = other;
            if (dated is null) continue;
            (ev.Begin, ev.End, ev.TimeFromText) = (dated.Begin, dated.End, true);
        }
    }

    // "في حوار" / "في حواره": the word behind في (written apart or as the proclitic)
    private static bool InSentence(Analysis analysis, int sentenceIndex, HashSet<string> words)
    {
        var sentence = analysis.Sentences[sentenceIndex];
        var tokens = analysis.Tokens;
        for (int k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
            if (tokens[k - 1].Folded == "في" && words.Contains(tokens[k].Folded)) return true;
        return false;
    }
}
