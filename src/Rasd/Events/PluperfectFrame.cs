using Rasd.Text;

namespace Rasd.Events;

/// <summary>The subject span of "كان … قد + verb" (data/event_pluperfect_frame.tsv): the words between the auxiliary and the particle.</summary>
public static class PluperfectFrame
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("event_pluperfect_frame");

    private static readonly HashSet<string> Auxiliaries = Table.FoldedWhere("part", "aux", "word");
    private static readonly HashSet<string> Particles = Table.FoldedWhere("part", "particle", "word");

    /// <summary>The token range [From, To) between the auxiliary and the particle right before a bare verbal trigger, or null when there is no such frame.</summary>
    public static (int From, int To)? Subject(IReadOnlyList<Token> tokens, int sentenceStart, TriggerMatch trigger)
    {
        if (trigger.Proclitics.Length > 0 || trigger.HasArticle) return null;
        int particle = trigger.FirstToken - 1;
        if (particle <= sentenceStart || !Particles.Contains(tokens[particle].Folded)) return null;
        // the subject is a short phrase: a few coordinated names with their titles
        for (int k = particle - 1; k >= Math.Max(sentenceStart, particle - 12); k--)
        {
            if (tokens[k].Folded is "." or ":" or "؛" or "\"" or "«" or "»") return null;
            if (IsAuxiliary(tokens[k])) return k + 1 < particle ? (k + 1, particle) : null;
        }
        return null;
    }

    private static bool IsAuxiliary(Token token) =>
        Auxiliaries.Contains(token.Folded) || token.Readings.Any(r => r.Proclitics is "و" or "ف" && !r.HasArticle && Auxiliaries.Contains(r.Stem));
}
