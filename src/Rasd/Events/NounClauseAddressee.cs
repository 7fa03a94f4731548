using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "مظاهرة تطالب تنظيم داعش بالسماح …", "لافتات تطالب الأمم المتحدة بالتدخل", "الحكومة تتهم إسرائيل بـ…": a call or a charge
/// whose verb follows its subject (a noun right before it, in the same clause) has the name right after it, with "ب/إلى" after
/// that, for its addressee, not its speaker (whereas in "وطالبت جبهة النصرة بالإفراج" the verb opens its clause and the name is its subject).
/// </summary>
internal static class NounClauseAddressee
{
    // words right before a verb that open its clause rather than stand as its subject ("أن تطالب الحكومة …", "كما طالبت …")
    private static readonly HashSet<string> Openers = Lexicons.TsvTable.FoldedWords("clause_opener_words")
        .Concat(["ان", "بان", "انه", "انها", "قد", "لقد", "لا", "لن", "لم", "كما", "حيث", "اذ", "ثم", "عندما", "بعدما", "حين", "امس", "اليوم", "ايضا"])
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the mention, right after a bare REQUEST or ACCUSE verb that has a word of its clause before it, is whom it addresses.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        if (trigger.HasArticle || trigger.Proclitics.Length > 0 || trigger.TokenCount != 1 || m.FirstToken != trigger.EndToken) return false;
        int before = trigger.FirstToken - 1;
        if (before < sentence.FirstToken || !tokens[before].IsWord || Openers.Contains(tokens[before].Folded)) return false;
        // (an imperfect verb with no object pronoun, "تطالب/يطالب/تتهم": a past one after a noun is as often a new clause with its
        // subject after it, and "تتهمها X" has its object in the pronoun and its subject after it)
        var verb = tokens[trigger.FirstToken].Folded;
        return ImperfectVerbs.Contains(verb) && ArgumentFinder.AskedOrChargedAfter(tokens, m);
    }

    /// <summary>Whether the mention is addressed by a call told after the trigger in its sentence ("خرجت مظاهرة تطالب هيئة تحرير الشام بـ…").</summary>
    public static bool OfCallAfter(Pipeline.Analysis analysis, Sentence sentence, TriggerMatch trigger, EntityMention m)
    {
        foreach (var call in analysis.Get<TriggerLayer>()?.InSentence(sentence.Index) ?? [])
            if (call.Entry.Type == "REQUEST" && call.FirstToken > trigger.FirstToken && Holds(analysis.Tokens, sentence, call, m)) return true;
        return false;
    }

    private static readonly HashSet<string> ImperfectVerbs = new(StringComparer.Ordinal)
    {
        "تطالب", "يطالب", "يطالبون", "تطالبان", "يطالبان", "تدعو", "يدعو", "يدعون", "تناشد", "يناشد", "يناشدون", "تحث", "يحث", "يحثون",
        "تتهم", "يتهم", "يتهمون", "تتهمان", "يتهمان",
    };
}
