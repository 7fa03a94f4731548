using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Coordinated clauses of a sentence: "أدانت X …، ودعت Y …" is two clauses. A comma followed by a و-word starts a new
/// clause unless that word is a name in a list ("روسيا، وتركيا، وإيران") or a noun that goes on listing the parties
/// ("، وحضور المبعوث", data/clause_continuers.tsv).
/// </summary>
public static class Clauses
{
    public static int Of(Analysis analysis, Sentence sentence, int tokenIndex) =>
        tokenIndex < analysis.Tokens.Count ? SentenceIndex.For(analysis).Clause(tokenIndex) : 0;

    /// <summary>Whether the token at <paramref name="i"/> opens a coordinated clause; <paramref name="mentionStarts"/> are tokens where a name begins.</summary>
    public static bool StartsClause(IReadOnlyList<Token> tokens, int i, ISet<int> mentionStarts) =>
        StartsClause(tokens, i, mentionStarts.Contains(i));

    /// <summary>As above, with whether a name begins at <paramref name="i"/> already known.</summary>
    public static bool StartsClause(IReadOnlyList<Token> tokens, int i, bool mentionStartsHere) =>
        tokens[i - 1].Folded is "،" or "," && tokens[i].IsWord
        && (tokens[i].Folded.StartsWith('و') && tokens[i].Folded.Length >= 4 && !mentionStartsHere && !ContinuesList(tokens[i]) || OpensCondition(tokens, i));

    // "…، ما لم يوافق المسلحون": a condition after a comma has its own subject (data/clause_openers.tsv)
    private static readonly string[][] Openers = [.. Lexicons.TsvTable.LoadEmbedded("clause_openers").Rows
        .Select(r => ArabicFolding.FoldString(r[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static bool OpensCondition(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var words in Openers)
        {
            int k = 0;
            while (k < words.Length && i + k < tokens.Count && tokens[i + k].Folded == words[k]) k++;
            if (k == words.Length) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Continuers = [.. Lexicons.TsvTable.LoadEmbedded("clause_continuers").Rows.Select(r => ArabicFolding.FoldString(r[0]))];

    private static bool ContinuesList(Token token)
    {
        foreach (var r in token.Readings)
            if (r.Proclitics.StartsWith('و') && Continuers.Contains(r.Stem)) return true;
        return false;
    }
}
