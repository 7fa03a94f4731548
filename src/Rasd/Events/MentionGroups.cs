namespace Rasd.Events;

/// <summary>
/// Groups a document's triggers into event mentions: one per sentence and type, except that a definite attack noun
/// coordinated with "و", told with another mode and with its own perpetrator starts a second attack ("الهجوم
/// الكيميائي … والضربات التي شنتها …").
/// </summary>
public static class MentionGroups
{
    /// <summary>The triggers of each mention, in text order.</summary>
    public static IEnumerable<List<TriggerMatch>> Of(Pipeline.Analysis analysis, IEnumerable<TriggerMatch> triggers)
    {
        foreach (var group in triggers.GroupBy(t => (t.SentenceIndex, t.Entry.Type)))
        {
            var current = new List<TriggerMatch>();
            foreach (var t in group.OrderBy(t => t.FirstToken))
            {
                if (current.Count > 0 && StartsAnotherAttack(current, t) && HasOwnPerpetrator(analysis, t))
                {
                    yield return current;
                    current = [];
                }
                current.Add(t);
            }
            yield return current;
        }
    }

    // "والضربات التي شنتها واشنطن": the second attack is told with its own "carried out by"; "الغارات والقصف المدفعي" is one campaign
    private static bool HasOwnPerpetrator(Pipeline.Analysis analysis, TriggerMatch t)
    {
        var cues = ArgumentFinder.Default.RoleCues;
        return cues.InSentence(analysis, analysis.Sentences[t.SentenceIndex])
            .Any(c => c.FirstToken >= t.EndToken && c.FirstToken < t.EndToken + 4 && cues.Cell(c.Value, "role") == "actor");
    }

    private static bool StartsAnotherAttack(List<TriggerMatch> current, TriggerMatch t) =>
        t.Entry.Type == "ASSAULT" && t.HasArticle && t.Proclitics.StartsWith('و') && t.Entry.AttackMode is { } mode
        && current.Select(c => c.Entry.AttackMode).FirstOrDefault(m => m is not null) is { } before && before != mode;
}
