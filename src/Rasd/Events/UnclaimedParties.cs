using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Parties named in clauses of a talks sentence that hold no event of their own: "انعقدت الجولة في تموز، وجاء في
/// بيانها الختامي أن الدول الضامنة …" — the states that speak in the round's statement are the ones that met.
/// </summary>
public static class UnclaimedParties
{
    /// <summary>Governments, factions and international bodies named as a group in trigger-free clauses of the trigger's sentence.</summary>
    public static List<string> Of(Analysis analysis, TriggerMatch trigger)
    {
        var found = new List<string>();
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var index = SentenceIndex.For(analysis);
        var mentions = index.Mentions(sentence.Index);
        // only a phrase that names the parties as a group ("الدول الضامنة", "الدول الثلاث"): single names in such
        // clauses are as often what the talks were about
        bool anyGroup = false;
        foreach (var m in mentions) anyGroup |= m.Actor is not null && m.Actor.Contains('+');
        if (!anyGroup) return found;
        var claimed = new HashSet<int>();
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? []) claimed.Add(index.Clause(t.FirstToken));
        foreach (var m in mentions)
        {
            if (m.Actor is null || !m.Actor.Contains('+') || claimed.Contains(index.Clause(m.FirstToken))) continue;
            foreach (var code in ActorCode.EachMember(m.Actor))
                if (ActorCode.Sector(code) is "GOV" or "OPP" or "IGO") found.Add(code);
        }
        return found;
    }
}
