using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>The ones a statement holds responsible: the names right before "المسؤولية" (data/event_blame_words.tsv) in "حمّل X Y المسؤولية".</summary>
internal static class BlameWords
{
    private static readonly HashSet<string> Words =
        Lexicons.TsvTable.FoldedWords("event_blame_words");

    // the blamed and the speaker stand between the verb and the word: "وحملت الخارجية الأمريكية النظام السوري وروسيا المسؤولية"
    private const int Reach = 12;

    /// <summary>
    /// The mentions coordinated right before the first responsibility word after the trigger (within its sentence and a few
    /// words); empty when no name ends right before it ("حمل بشار الأسد وحليفيه الروسي … المسؤولية" says too little to tell).
    /// </summary>
    public static List<EntityMention> HeldResponsible(Analysis analysis, TriggerMatch trigger, List<EntityMention> mentions)
    {
        var tokens = analysis.Tokens;
        int end = Math.Min(analysis.Sentences[trigger.SentenceIndex].EndToken, trigger.EndToken + Reach);
        int word = -1;
        for (int k = trigger.EndToken; k < end && word < 0; k++)
            if (tokens[k].IsWord && Words.Contains(tokens[k].Folded)) word = k;
        var chain = new List<EntityMention>();
        if (word < 0) return chain;
        var last = mentions.FirstOrDefault(m => m.EndToken == word && m.FirstToken >= trigger.EndToken);
        while (last is not null)
        {
            chain.Add(last);
            // "النظام السوري وروسيا": a name that opens with و is coordinated with the one before it
            if (!tokens[last.FirstToken].Folded.StartsWith('و')) break;
            var first = last.FirstToken;
            last = mentions.FirstOrDefault(m => m.EndToken == first && m.FirstToken >= trigger.EndToken);
        }
        return chain;
    }
}
