using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "وتقدم الجيش السوري داخل الغوطة حيث سيطر على بلدة حمورية", "القوات التركية تحاصر عفرين، بعدما سيطرت على جنديرس": an attack
/// verb right after "بعدما/بعد أن/حيث", with no subject of its own, was done by the armed subject of the clause it hangs on.
/// </summary>
internal static class TemporalClauseSubject
{
    // the words that open such a clause (folded): "بعدما", "بعد ما", "بعد أن", "عقب أن", "حيث"
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "بعدما", "حيث" };
    private static readonly HashSet<string> TwoWordHeads = new(StringComparer.Ordinal) { "بعد", "عقب" };
    private static readonly HashSet<string> TwoWordTails = new(StringComparer.Ordinal) { "ان", "ما" };

    // words before a name that make it an object or a place rather than the clause's subject (folded)
    private static readonly HashSet<string> NotSubjectBefore = new(StringComparer.Ordinal) { "علي", "ضد", "في", "من", "عن", "مع", "الي", "بين", "لدي" };

    // clause openers after which the armed subject is looked for ("قال المرصد إن قوات النظام …")
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "ان", "بان", "انه", "انها" };

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Type is not ("ASSAULT" or "MOBILIZE") || ev.Actors.Count > 0 || trigger.HasArticle || trigger.Proclitics.Length > 0 || trigger.TokenCount != 1) return;
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        int t = trigger.FirstToken;
        int opener;
        if (t - 1 >= sentence.FirstToken && Openers.Contains(tokens[t - 1].Folded)) opener = t - 1;
        else if (t - 2 >= sentence.FirstToken && TwoWordHeads.Contains(tokens[t - 2].Folded) && TwoWordTails.Contains(tokens[t - 1].Folded)) opener = t - 2;
        else return;
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        // a name right after the verb is its own subject
        foreach (var m in mentions)
            if (m.FirstToken == trigger.EndToken && m.Actor is not null) return;
        // the clause the opener hangs on starts at the sentence or after its last complementizer
        int start = sentence.FirstToken;
        for (int k = sentence.FirstToken; k < opener; k++)
            if (Complementizers.Contains(tokens[k].Folded)) start = k + 1;
        foreach (var m in mentions)
        {
            if (m.FirstToken < start || m.EndToken > opener) continue;
            if (m.FirstToken > 0 && NotSubjectBefore.Contains(tokens[m.FirstToken - 1].Folded)) continue;
            // ("تفاقم حصار الغوطة الشرقية، معقل فصائل المعارضة، حيث قتل …": a clause whose first name is a place has no armed subject)
            if (m.Actor is not { } code) return;
            // the first name of the clause is its subject: it does the deed only when it is an armed force
            foreach (var member in ActorCode.EachMember(code))
                if (!ActorCode.IsArmed(member)) return;
            foreach (var member in ActorCode.EachMember(code))
            {
                if (!ev.Actors.Contains(member)) ev.Actors.Add(member);
                ev.Targets.Remove(member);
            }
            return;
        }
    }
}
