using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>With two attacks told in one sentence, which one a name belongs to.</summary>
internal static class AttackOwnership
{
    /// <summary>Whether a name belongs to another attack mention of the sentence: the nearest attack trigger before it (else the first) is not this event's.</summary>
    internal static bool OfAnotherAttack(Analysis analysis, Event ev, EntityMention m)
    {
        TriggerMatch? owner = null, first = null, next = null;
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(ev.Triggers[0].SentenceIndex) ?? [])
        {
            if (t.Entry.Type != "ASSAULT") continue;
            if (first is null || t.FirstToken < first.FirstToken) first = t;
            if (t.EndToken <= m.FirstToken && (owner is null || t.FirstToken > owner.FirstToken)) owner = t;
            if (t.FirstToken >= m.EndToken && (next is null || t.FirstToken < next.FirstToken)) next = t;
        }
        // "وأدى الهجوم إلى شن الولايات المتحدة وبريطانيا ضربات": names behind a launching noun past an attack are the subject it
        // carries to the attack noun after them
        if (owner is not null && next is not null && LaunchingNounBetween(analysis.Tokens, owner.EndToken, m.FirstToken)) owner = next;
        owner ??= first;
        return owner is not null && !ev.Triggers.Contains(owner);
    }

    private static bool LaunchingNounBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (SupportNouns.Carries(tokens[k])) return true;
        return false;
    }
}
