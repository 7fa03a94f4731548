using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// The one an arrest falls on, named before a relative pronoun and an arrest verb with no object of its own ("صالح مسلم الذي
/// اعتقل في براغ", "الناشطين الذين اعتقلوا بعد 2011"): unvocalised, the verb is read passive, so the name is the detained, not the detainer.
/// </summary>
internal static class DetainedAntecedent
{
    private static readonly HashSet<string> Pronouns = TsvTable.FoldedWords("relative_pronouns");

    // words that may follow a passive arrest verb (where, when, why), where an active one would take its object (folded)
    private static readonly HashSet<string> AfterPassive = ["في", "بعد", "قبل", "منذ", "خلال", "عام", "امس", "أمس", "اليوم", "بتهمة", "بتهم", "علي", "على", "من", "لدي", "لدى", "عند", "بموجب"];

    /// <summary>Whether <paramref name="m"/> ends right before a relative pronoun that opens <paramref name="trigger"/>, an arrest verb told with no object.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m, IReadOnlyList<EntityMention> mentions)
    {
        if (trigger.HasArticle || trigger.Proclitics.Length > 0 || trigger.FirstToken < 1 || m.EndToken != trigger.FirstToken - 1) return false;
        if (!Pronouns.Contains(tokens[trigger.FirstToken - 1].Folded)) return false;
        int next = trigger.EndToken;
        if (next >= sentence.EndToken || tokens[next].Kind == TokenKind.Punctuation) return true;
        foreach (var x in mentions)
            if (x.FirstToken == next) return false;
        return tokens[next].IsNumber is false && (AfterPassive.Contains(tokens[next].Folded) || IsWeekday(tokens[next].Folded));
    }

    private static bool IsWeekday(string folded) => folded.StartsWith("ال", StringComparison.Ordinal)
        && folded is "السبت" or "الاحد" or "الأحد" or "الاثنين" or "الثلاثاء" or "الاربعاء" or "الأربعاء" or "الخميس" or "الجمعه" or "الجمعة";
}
