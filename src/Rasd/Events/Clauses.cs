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
        tokens[i - 1].IsComma && tokens[i].IsWord
        && (tokens[i].Folded.StartsWith('و') && tokens[i].Folded.Length >= 4 && !mentionStartsHere && !ContinuesList(tokens, i) || OpensCondition(tokens, i));

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

    // each row: the word after "، و" and, for a relative pronoun, the verb that must follow it ("والذي عقد")
    private static readonly string[][] Continuers = [.. Lexicons.TsvTable.LoadEmbedded("clause_continuers").Rows
        .Select(r => ArabicFolding.FoldString(r[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static bool ContinuesList(IReadOnlyList<Token> tokens, int i)
    {
        foreach (var r in tokens[i].Readings)
            if (r.Proclitics.StartsWith('و'))
                foreach (var words in Continuers)
                    if (words[0] == r.Stem && Follows(tokens, i + 1, words)) return true;
        return false;
    }

    private static bool Follows(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        for (int k = 1; k < words.Length; k++)
            if (at + k - 1 >= tokens.Count || tokens[at + k - 1].Folded != words[k]) return false;
        return true;
    }
}
