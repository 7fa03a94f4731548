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
    public static IEnumerable<string> Of(Analysis analysis, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var index = SentenceIndex.For(analysis);
        var claimed = new HashSet<int>();
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? []) claimed.Add(index.Clause(t.FirstToken));
        foreach (var m in index.Mentions(sentence.Index))
        {
            // only a phrase that names the parties as a group ("الدول الضامنة", "الدول الثلاث"): single names in such
            // clauses are as often what the talks were about
            if (m.Actor is null || !m.Actor.Contains('+') || claimed.Contains(index.Clause(m.FirstToken))) continue;
            foreach (var code in ActorCode.Members(m.Actor))
                if (ActorCode.Sector(code) is "GOV" or "OPP" or "IGO") yield return code;
        }
    }
}
