using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Who a statement is about and whom it blames: "انتقد لافروف دمشق لمنعها …", "انتقدت باريس ضمنا دمشق".</summary>
internal static class StatementRoles
{
    /// <summary>The actor a statement blames for a deed told as "ل/ب + verbal noun" right after it: the last name between the two.</summary>
    internal static (string Code, EntityMention Mention)? BlamedFor(Analysis analysis, TriggerMatch trigger, List<EntityMention> mentions)
    {
        if (!trigger.Proclitics.Contains('ل') && !trigger.Proclitics.Contains('ب')) return null;
        var statement = analysis.Get<TriggerLayer>()?.InSentence(trigger.SentenceIndex)
            .Where(t => t.Entry.Type is "ACCUSE" && t.EndToken <= trigger.FirstToken && trigger.FirstToken - t.EndToken <= 5)
            .OrderByDescending(t => t.FirstToken).FirstOrDefault();
        if (statement is null) return null;
        for (int k = statement.EndToken; k < trigger.FirstToken; k++)
            if (analysis.Tokens[k].Kind == TokenKind.Punctuation) return null;
        var blamed = mentions.Where(m => m.FirstToken >= statement.EndToken && m.EndToken <= trigger.FirstToken)
            .Select(m => (Code: m.Actor ?? CapitalGovernment(m), Mention: m)).LastOrDefault(a => a.Code is not null && !a.Code.Contains('+'));
        return blamed.Code is null || ActorCode.Sector(blamed.Code) == "CVL" ? null : (blamed.Code, blamed.Mention);
    }

    /// <summary>Whether a name is in a verb's subject or object slot: after it with nothing but other names and one adverb between ("انتقدت باريس ضمنا دمشق").</summary>
    internal static bool RightAfterVerb(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m, List<EntityMention> mentions)
    {
        if (m.FirstToken < trigger.EndToken) return false;
        int words = 0;
        for (int k = trigger.EndToken; k < m.FirstToken; k++)
        {
            if (mentions.Any(x => x.FirstToken <= k && k < x.EndToken)) continue;
            if (!tokens[k].IsWord || ++words > 1) return false;
        }
        return true;
    }

    internal static string? CapitalGovernment(EntityMention m) => m.Type == EntityType.Loc ? EntityLexicon.Default.GovernmentOfCapital(m.Text) : null;
}
