using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A visit told right after an invitation ("وجه ماكرون دعوة إلى العاهل الأردني لزيارة فرنسا", data/event_invitation_words.tsv) has
/// not happened yet: it may. The one invited, named between the invitation and the visit, is its visitor and a party to its talks
/// (not a destination). "بدعوة من" or "تلبية لدعوة" tell a visit made on an invitation, so the word with ب or ل does not count.
/// </summary>
internal static class InvitedVisit
{
    private static readonly HashSet<string> Words = Lexicons.TsvTable.FoldedWords("event_invitation_words");

    private static readonly HashSet<string> VisitWords = Lexicons.TsvTable.FoldedWords("event_visit_words");

    // how far before the visit the invitation may stand ("دعوة للرئيس السوري، بشار الأسد، لزيارة")
    private const int Reach = 8;

    /// <summary>The token of the invitation that the visit <paramref name="trigger"/> follows, or -1.</summary>
    public static int Invitation(IReadOnlyList<Token> tokens, TriggerMatch trigger)
    {
        if (trigger.Entry.Type != "CONSULT" || trigger.HasArticle || !VisitWords.Contains(trigger.Entry.FoldedPhrase)) return -1;
        for (int k = trigger.FirstToken - 1; k >= 0 && k >= trigger.FirstToken - Reach; k--)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Folded is "." or "؟" or "!" or ":") return -1; continue; }
            if (t.Readings.Any(r => r.Proclitics is "" or "و" or "ف" && Words.Contains(r.Stem))) return k;
        }
        return -1;
    }

    /// <summary>Whether <paramref name="m"/> stands between the invitation and the visit it invites to: the one invited.</summary>
    public static bool Invitee(IReadOnlyList<Token> tokens, TriggerMatch trigger, EntityMention m) =>
        m.EndToken <= trigger.FirstToken && Invitation(tokens, trigger) is >= 0 and var k && m.FirstToken > k;
}
