using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Parties named in clauses of a talks sentence that hold no event of their own: "انعقدت الجولة في تموز، وجاء في
/// بيانها الختامي أن الدول الضامنة …" — the states that speak in the round's statement are the ones that met.
/// </summary>
public static class UnclaimedParties
{
    /// <summary>Governments, factions and international bodies named in trigger-free clauses of the trigger's sentence.</summary>
    public static IEnumerable<string> Of(Analysis analysis, TriggerMatch trigger)
    {
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var index = SentenceIndex.For(analysis);
        var claimed = new HashSet<int>();
        foreach (var t in analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex) ?? []) claimed.Add(index.Clause(t.FirstToken));
        foreach (var m in index.Mentions(sentence.Index))
        {
            if (m.Actor is null || claimed.Contains(index.Clause(m.FirstToken))) continue;
            // a city is a place or a speaking capital, and "سوريا" the subject of the talks, not a party
            if (m.Type == EntityType.Loc && (m.GeoPrecision != 3 || m.Id == "SYR")) continue;
            foreach (var code in ActorCode.Members(m.Actor))
                if (ActorCode.Sector(code) is "GOV" or "OPP" or "IGO") yield return code;
        }
    }
}
