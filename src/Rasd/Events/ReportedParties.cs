using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Talks or a deal that name their own parties with "بين" ("الاتفاق الذي تم إبرامه بين إيران والدول الست") have no others: a
/// name that only says, before "أن/إن", what the clause tells ("أكد وزير الخارجية السوري أن الاتفاق …") is its speaker, no party.
/// </summary>
internal static class ReportedParties
{
    // "بين" is looked for this many words after the trigger, with no punctuation between ("الاتفاق الذي تم إبرامه أخيرا بين")
    private const int Reach = 6;

    /// <summary>Whether the mention stands before a complementizer that opens the trigger's clause, and the trigger names its parties after "بين".</summary>
    public static bool SpeakerOnly(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.EndToken > trigger.FirstToken) return false;
        bool told = false;
        for (int k = m.EndToken; k < trigger.FirstToken && !told; k++) told = TimeAttacher.IsComplementizer(tokens[k]);
        return told && PartiesAfter(tokens, sentence, trigger, mentions);
    }

    private static bool PartiesAfter(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, List<EntityMention> mentions)
    {
        for (int k = trigger.EndToken; k < Math.Min(sentence.EndToken - 1, trigger.EndToken + Reach); k++)
        {
            if (tokens[k].IsPunctuationLike()) return false;
            // (a party: a side with a code, or a capital that stands for its government, "بين برلين والرياض")
            if (tokens[k].Folded == "بين" && mentions.Exists(x => x.FirstToken == k + 1 && (x.Actor is not null || StatementRoles.CapitalGovernment(x) is not null))) return true;
        }
        return false;
    }
}
