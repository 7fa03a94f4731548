using Rasd.Text;

namespace Rasd.Events;

/// <summary>"هجوم مشابه", "تفجيرات مماثلة": an indefinite event noun called like another is another happening (data/event_similar_words.tsv).</summary>
internal static class SimilarMention
{
    private static readonly HashSet<string> Words = Lexicons.TsvTable.FoldedWords("event_similar_words");

    /// <summary>Whether the trigger is an indefinite noun with a "similar" adjective right after it.</summary>
    internal static bool IsAnother(IReadOnlyList<Token> tokens, TriggerMatch trigger) =>
        !trigger.HasArticle && trigger.EndToken < tokens.Count && Words.Contains(tokens[trigger.EndToken].Folded);
}
