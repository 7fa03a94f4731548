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
        // by sentence and type, in order of each group's first trigger
        var groups = new List<List<TriggerMatch>>();
        var byKey = new Dictionary<(int, string), List<TriggerMatch>>();
        foreach (var t in triggers)
        {
            if (!byKey.TryGetValue((t.SentenceIndex, t.Entry.Type), out var group))
            {
                byKey[(t.SentenceIndex, t.Entry.Type)] = group = [];
                groups.Add(group);
            }
            group.Add(t);
        }
        foreach (var group in groups)
        {
            var current = new List<TriggerMatch>();
            foreach (var t in InTextOrder(group))
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

    // triggers are found in text order; a stable sort only for a group that is not
    private static List<TriggerMatch> InTextOrder(List<TriggerMatch> group)
    {
        for (int i = 1; i < group.Count; i++)
            if (group[i].FirstToken < group[i - 1].FirstToken) return [.. group.OrderBy(t => t.FirstToken)];
        return group;
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
