using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// "شكر الوزير السعودية، وذلك خلال مكالمة هاتفية مع ولي العهد": a meeting told as the occasion of what the sentence said
/// ("، وذلك خلال/أثناء/لدى …") was held by the sentence's subject, the first party named at its start.
/// </summary>
internal static class OccasionMeeting
{
    // the words that make the meeting the occasion of the sentence's statement, right before the meeting word
    private static readonly HashSet<string> Occasion = new(StringComparer.Ordinal) { "خلال", "اثناء", "لدي" };

    // how far into the sentence its subject may start: a title set off before the name counts
    // ("شكر وزير الخارجية الأمريكي، مايك بومبيو، …", "وأشارت غنيمات …")
    private const int SubjectReach = 7;

    // the dateline's city, country and outlet fit in so many tokens
    private const int DatelineReach = 14;

    public static void Apply(Analysis analysis, Event ev, TriggerMatch trigger)
    {
        if (ev.Type != "CONSULT" || trigger.FirstToken < 3) return;
        var tokens = analysis.Tokens;
        int at = trigger.FirstToken;
        if (!Occasion.Contains(tokens[at - 1].Folded) || tokens[at - 2].Folded != "وذلك" || tokens[at - 3].Folded is not ("،" or ",")) return;
        var sentence = analysis.Sentences[trigger.SentenceIndex];
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        if (mentions.Count == 0) return;
        // after a dateline ("دبي، الإمارات العربية المتحدة (CNN) –", whose names the mentions here no longer hold) the sentence starts after its dash
        int start = sentence.FirstToken;
        for (int i = sentence.FirstToken; i + 1 < at && i < sentence.FirstToken + DatelineReach; i++)
            if (tokens[i].Folded == ")" && Dateline.IsDash(tokens[i + 1].Folded)) { start = i + 2; break; }
        foreach (var m in mentions)
        {
            if (m.FirstToken > start + SubjectReach || m.FirstToken >= at - 3) break;
            if (m.Actor is not { } code || !ActorCode.IsParty(code) && m.Type != EntityType.Per) continue;
            if (!ev.Actors.Contains(code)) ev.Actors.Add(code);
            return;
        }
    }
}
