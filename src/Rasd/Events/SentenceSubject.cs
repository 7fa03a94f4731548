using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>The subject of a sentence: the first party named at its start, past a dateline ("دبي، الإمارات العربية المتحدة (CNN) –").</summary>
internal static class SentenceSubject
{
    // how far into the sentence its subject may start: a title set off before the name counts
    // ("شكر وزير الخارجية الأمريكي، مايك بومبيو، …", "وأشارت غنيمات …")
    private const int SubjectReach = 7;

    // the dateline's city, country and outlet fit in so many tokens
    private const int DatelineReach = 14;

    private static readonly HashSet<string> Addressing = CarriedSubject.Participles("addressing");

    /// <summary>The actor code of the sentence's subject, named before token <paramref name="before"/> and within <paramref name="reach"/>
    /// tokens of the sentence's start (past a dateline); null when none.</summary>
    public static string? Of(Analysis analysis, int sentenceIndex, int before, int reach = SubjectReach)
    {
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[sentenceIndex];
        var mentions = ArgumentFinder.MentionsIn(analysis, sentence);
        if (mentions.Count == 0) return null;
        // the mentions here no longer hold the dateline's names: the sentence starts after its dash
        int start = sentence.FirstToken;
        for (int i = sentence.FirstToken; i + 1 < before && i < sentence.FirstToken + DatelineReach; i++)
            if (tokens[i].Folded == ")" && Dateline.IsDash(tokens[i + 1].Folded)) { start = i + 2; break; }
        foreach (var m in mentions)
        {
            if (m.FirstToken > start + reach || m.FirstToken >= before) break;
            if (m.Actor is not { } code || !ActorCode.IsParty(code) && m.Type != EntityType.Per) continue;
            // "وقال مخاطبا الحكومة العراقية": whom the speaker addresses is not the subject
            if (m.FirstToken > 0 && Addressing.Contains(tokens[m.FirstToken - 1].Folded)) continue;
            return code;
        }
        return null;
    }
}
