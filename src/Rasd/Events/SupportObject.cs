using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>The one a verbal noun of support is given to, named right after it ("لدعم قوات النظام"، "عن دعم الأسد"; data/support_object_nouns.tsv).</summary>
internal static class SupportObject
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("support_object_nouns");
    private static readonly HashSet<string> Nouns = Table.FoldedWhere("kind", "noun", "word");
    private static readonly HashSet<string> Before = Table.FoldedWhere("kind", "before", "word");

    /// <summary>The mention right after a support noun read as a noun, when it is the one supported; else null.</summary>
    public static EntityMention? Of(IReadOnlyList<Token> tokens, TriggerMatch trigger, List<EntityMention> mentions)
    {
        if (trigger.HasArticle || trigger.Entry.Possessive || trigger.Entry.IsVerb || !Nouns.Contains(trigger.Entry.FoldedPhrase)) return null;
        // a noun, not the verb: behind ب/ل ("لدعم") or after a word that governs a noun ("عن دعم")
        bool noun = trigger.HasPreposition
            || trigger.FirstToken > 0 && trigger.Proclitics.Length == 0 && tokens[trigger.FirstToken - 1].Readings.Any(r => Before.Contains(r.StemWithArticle));
        if (!noun) return null;
        var m = ArgumentFinder.StartingAt(mentions, trigger.EndToken);
        if (m is null) return null;
        // "دعم إيران للنظام"، "دعم أنقرة السخي للمتشددين": the genitive is the giver when ل names who receives it
        for (int i = m.EndToken, end = Math.Min(tokens.Count, m.EndToken + 3); i < end; i++)
        {
            if (!tokens[i].IsWord && !tokens[i].IsQuoteMark) break;
            if (tokens[i].Readings.Any(r => r.Proclitics is "ل" or "لل")) return null;
        }
        return m;
    }
}
