using Rasd.Text;

namespace Rasd.Events;

/// <summary>The subject span of "كان … (قد) + verb" (data/event_pluperfect_frame.tsv): the words between the auxiliary and the particle.</summary>
public static class PluperfectFrame
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("event_pluperfect_frame");

    private static readonly HashSet<string> Auxiliaries = Table.FoldedWhere("part", "aux", "word");
    private static readonly HashSet<string> Particles = Table.FoldedWhere("part", "particle", "word");
    private static readonly HashSet<string> Breakers = Table.FoldedWhere("part", "breaker", "word");

    /// <summary>The token range [From, To) between the auxiliary and the particle right before a bare verbal trigger, or null when there is no such frame.</summary>
    public static (int From, int To)? Subject(IReadOnlyList<Token> tokens, int sentenceStart, TriggerMatch trigger)
    {
        if (trigger.Proclitics.Length > 0 || trigger.HasArticle) return null;
        int particle = trigger.FirstToken - 1;
        if (particle <= sentenceStart) return null;
        // "وكان رئيس الوزراء نتانياهو اتهم إيران": news often drops قد; the frame then ends at the verb, and no "أن" may stand in it
        // ("كان لافتا أن روسيا دعت" is no subject of كان)
        // (then a preposition or a time clause ends it: "وكانت إسرائيل أعلنت حالة تأهب منذ إعلان ترامب انسحاب" frames no subject
        // of the withdrawal, nor "وكانت الحكومة وافقت على نشر القوات" one of the deployment)
        bool bare = !Particles.Contains(tokens[particle].Folded);
        if (bare) particle = trigger.FirstToken;
        // the subject is a short phrase: a few coordinated names with their titles
        for (int k = particle - 1; k >= Math.Max(sentenceStart, particle - 12); k--)
        {
            if (tokens[k].Folded is "." or ":" or "؛" or "\"" or "«" or "»") return null;
            if (bare && (TimeAttacher.IsComplementizer(tokens[k]) || Breakers.Contains(tokens[k].Folded))) return null;
            if (IsAuxiliary(tokens[k])) return k + 1 < particle ? (k + 1, particle) : null;
        }
        return null;
    }

    /// <summary>Whether a form of كان stands among the dozen words before <paramref name="particle"/> in its sentence ("النظام كان قد نفى"): قد then marks the past.</summary>
    public static bool AuxiliaryBefore(IReadOnlyList<Token> tokens, int particle)
    {
        for (int k = particle - 1; k >= Math.Max(0, particle - 12); k--)
        {
            if (tokens[k].Folded is "." or ":" or "؛" or "!" or "؟") return false;
            if (IsAuxiliary(tokens[k])) return true;
        }
        return false;
    }

    private static bool IsAuxiliary(Token token) =>
        Auxiliaries.Contains(token.Folded) || token.Readings.Any(r => r.Proclitics is "و" or "ف" && !r.HasArticle && Auxiliaries.Contains(r.Stem));
}
