using Rasd.Text;

namespace Rasd.Events;

/// <summary>"هجوم مشابه", "تفجيرات مماثلة": an indefinite event noun called like another is another happening (data/event_similar_words.tsv).</summary>
internal static class SimilarMention
{
    private static readonly HashSet<string> Words = Lexicons.TsvTable.FoldedWords("event_similar_words");

    /// <summary>
    /// Whether the trigger is an indefinite noun with a "similar" adjective right after it. Not when a trigger of the same
    /// mention follows that word: "وانعقدت آخر قمة" is "the last summit was held", a verb and the noun آخر governs.
    /// </summary>
    internal static bool IsAnother(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<TriggerMatch> mention) =>
        !trigger.HasArticle && trigger.EndToken < tokens.Count && Words.Contains(tokens[trigger.EndToken].Folded)
        && !StartsAt(mention, trigger.EndToken + 1);

    // (a loop: a lambda over the trigger made a closure at every ask, even one answered before it)
    private static bool StartsAt(List<TriggerMatch> mention, int token)
    {
        foreach (var o in mention)
            if (o.FirstToken == token) return true;
        return false;
    }
}
