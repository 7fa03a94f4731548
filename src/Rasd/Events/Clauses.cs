using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Coordinated clauses of a sentence: "أدانت X …، ودعت Y …" is two clauses. A comma followed by a و-word starts a new
/// clause unless that word is a name in a list ("روسيا، وتركيا، وإيران").
/// </summary>
public static class Clauses
{
    public static int Of(Analysis analysis, Sentence sentence, int tokenIndex)
    {
        var tokens = analysis.Tokens;
        var mentions = analysis.Get<EntityLayer>()?.Mentions;
        int clause = 0;
        for (int i = sentence.FirstToken + 1; i <= tokenIndex && i < sentence.EndToken; i++)
        {
            var prev = tokens[i - 1];
            if (prev.Folded is not ("،" or ",") || !tokens[i].IsWord || !tokens[i].Folded.StartsWith('و') || tokens[i].Folded.Length < 4) continue;
            if (mentions is not null && mentions.Any(m => m.FirstToken == i)) continue;
            clause++;
        }
        return clause;
    }
}
