namespace Rasd.Events;

/// <summary>
/// Groups a document's triggers into event mentions: one per sentence and type, except that a definite attack noun
/// coordinated with "و", told with another mode and with its own perpetrator starts a second attack ("الهجوم
/// الكيميائي … والضربات التي شنتها …"), and so does a noun dated days away from its clause ("بعد ثلاثة أيام على هجوم")
/// or called like another ("هجوم مشابه"), a verb counting the deed of another named doer ("فيما اعتقلت هيئة تحرير الشام 46"),
/// and a deed launched as an event's consequence ("وأدى الهجوم إلى شن الولايات المتحدة ضربات").
/// </summary>
public static class MentionGroups
{
    /// <summary>The triggers of each mention, in text order (each list is the mention's own: the event keeps it).</summary>
    public static List<List<TriggerMatch>> Of(Pipeline.Analysis analysis, List<TriggerMatch> triggers)
    {
        // (a text has at most one mention per trigger: sized for that rather than grown)
        var mentions = new List<List<TriggerMatch>>(triggers.Count);
        // by sentence and type, in order of each group's first trigger (a text has a few dozen triggers at most: pairs are
        // compared rather than hashed)
        Span<bool> taken = triggers.Count <= 256 ? stackalloc bool[triggers.Count] : new bool[triggers.Count];
        for (int i = 0; i < triggers.Count; i++)
        {
            if (taken[i]) continue;
            var first = triggers[i];
            // (sized for its triggers, counted first: most groups hold one, and a list grown from four would waste the rest)
            int size = 1;
            for (int j = i + 1; j < triggers.Count; j++)
                if (!taken[j] && triggers[j].SentenceIndex == first.SentenceIndex && triggers[j].Entry.Type == first.Entry.Type) size++;
            var group = new List<TriggerMatch>(size) { first };
            for (int j = i + 1; j < triggers.Count; j++)
                if (!taken[j] && triggers[j].SentenceIndex == first.SentenceIndex && triggers[j].Entry.Type == first.Entry.Type)
                {
                    taken[j] = true;
                    group.Add(triggers[j]);
                }
            Split(analysis, InTextOrder(group), mentions);
        }
        return mentions;
    }

    // a group is one mention unless a second attack starts in it; the whole list is kept when it does not split
    private static void Split(Pipeline.Analysis analysis, List<TriggerMatch> group, List<List<TriggerMatch>> mentions)
    {
        int start = 0;
        for (int k = 1; k < group.Count; k++)
            if (StartsAnotherAttack(group, start, k) && HasOwnPerpetrator(analysis, group[k]) || AnswersOrIsAnswered(analysis, group, k)
                || StartsAnotherDay(analysis, group, k) || StartsAnotherDatedClause(analysis, group, k) || SimilarMention.IsAnother(analysis.Tokens, group[k], group) || NamesAnotherOperation(group, start, k)
                || CountedClauses.OpensAnother(analysis, group[k - 1], group[k]) || CausedAct.Follows(analysis.Tokens, group[k - 1], group[k]))
            {
                mentions.Add(group.GetRange(start, k - start));
                start = k;
            }
        mentions.Add(start == 0 ? group : group.GetRange(start, group.Count - start));
    }

    // "ضربات على أهداف للنظام ردا على هجوم كيماوي في دوما": the attack a response names is another happening; the triggers
    // after it (past its own phrase) are the response's again
    private static bool AnswersOrIsAnswered(Pipeline.Analysis analysis, List<TriggerMatch> group, int k) =>
        group[k].Entry.Type == "ASSAULT"
        && (ResponseCues.IsCause(analysis.Tokens, group[k]) || ResponseCues.IsCause(analysis.Tokens, group[k - 1]) && group[k].FirstToken - group[k - 1].EndToken > 2);

    // "قصفت الطائرات البلدة الخميس بعد ثلاثة أيام على هجوم انتحاري": a noun dated days away from its clause's day
    // (RelativeDays) is another happening; the triggers after it are its own again
    private static bool StartsAnotherDay(Pipeline.Analysis analysis, List<TriggerMatch> group, int k)
    {
        int shift = RelativeDays.Shift(analysis, group[k]);
        return shift != 0 && shift != RelativeDays.Shift(analysis, group[k - 1]);
    }

    // "التقى الوزيران الثلاثاء الماضي، وأجرى الرئيسان اتصالا هاتفيا الأحد": talks told in a coordinated clause of their own, each
    // clause with its own day, are two meetings (not attacks: one campaign is told over several days)
    private static bool StartsAnotherDatedClause(Pipeline.Analysis analysis, List<TriggerMatch> group, int k)
    {
        if (group[k].Entry.Type is not ("CONSULT" or "AGREE")) return false;
        var index = SentenceIndex.For(analysis);
        if (index.Clause(group[k].FirstToken) == index.Clause(group[k - 1].FirstToken)) return false;
        return TimeAttacher.Find(analysis, group[k]) is { } day && TimeAttacher.Find(analysis, group[k - 1]) is { } before && day != before;
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
        foreach (var c in cues.InSentence(analysis, analysis.Sentences[t.SentenceIndex]))
            if (c.FirstToken >= t.EndToken && c.FirstToken < t.EndToken + 4 && cues.Cell(c.Value, "role") == "actor") return true;
        return false;
    }

    // "عمليتي درع الفرات وغصن الزيتون": two named operations are two offensives
    private static bool NamesAnotherOperation(List<TriggerMatch> group, int start, int k)
    {
        if (group[k].Entry.Operation is not { } operation) return false;
        for (int i = start; i < k; i++)
            if (group[i].Entry.Operation is { } before && before != operation) return true;
        return false;
    }

    // whether group[k] starts a second attack after the mention group[start..k)
    private static bool StartsAnotherAttack(List<TriggerMatch> group, int start, int k)
    {
        var t = group[k];
        if (!(t.Entry.Type == "ASSAULT" && t.HasArticle && t.Proclitics.StartsWith('و') && t.Entry.AttackMode is { } mode)) return false;
        // the mode of the mention so far: its first trigger that tells one
        for (int i = start; i < k; i++)
            if (group[i].Entry.AttackMode is { } before) return before != mode;
        return false;
    }
}
