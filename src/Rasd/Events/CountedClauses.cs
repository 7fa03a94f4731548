using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>
/// "اعتقل تنظيم داعش 53 شخصاً، فيما اعتقلت هيئة تحرير الشام 46 شخصاً": a report that counts one kind of deed by several
/// named doers in one sentence tells one deed per doer. A finite trigger verb (no article, no preposition) with a named
/// doer right after it, after a clause that counted its own deed and before its own count, opens a deed of its own; the
/// two stay apart even when the doers share a code (both SYRREB).
/// </summary>
public static class CountedClauses
{
    private static readonly HashSet<string> ClauseOpeners = Lexicons.TsvTable.FoldedWords("clause_opener_words");

    /// <summary>Whether <paramref name="t"/> opens a counted deed apart from the one its sentence told up to <paramref name="previous"/>.</summary>
    public static bool OpensAnother(Analysis analysis, TriggerMatch previous, TriggerMatch t)
    {
        if (t.Entry.Type is not ("COERCE" or "ASSAULT") || t.HasArticle || t.HasPreposition || t.SentenceIndex != previous.SentenceIndex) return false;
        if (analysis.Get<FigureLayer>() is not { Figures.Count: > 1 } layer) return false;
        // a verb opening its clause ("واعتقلت", "فيما اعتقلت"), not a noun inside a phrase ("في قصف لقوات النظام")
        if (!t.Proclitics.StartsWith('و') && !t.Proclitics.StartsWith('ف') && (t.FirstToken == 0 || !ClauseOpeners.Contains(analysis.Tokens[t.FirstToken - 1].Folded))) return false;
        // the doer is named right after the verb
        if (NamedDoer(analysis, t) is null) return false;
        // each clause counts its own: a total between the two verbs, and one after the second
        return CountBetween(layer, t.SentenceIndex, previous.EndToken, t.FirstToken) && CountBetween(layer, t.SentenceIndex, t.EndToken, analysis.Sentences[t.SentenceIndex].EndToken);
    }

    // the actor code of the doer named right after the verb (a title word may stand first: "تنظيم داعش", "قوات الإدارة الذاتية")
    private static string? NamedDoer(Analysis analysis, TriggerMatch t)
    {
        var mentions = ArgumentFinder.MentionsIn(analysis, analysis.Sentences[t.SentenceIndex]);
        foreach (var m in mentions)
            if ((m.FirstToken == t.EndToken || m.FirstToken == t.EndToken + 1) && m.Actor is not null) return m.Actor;
        return null;
    }

    // a figure of the sentence that is no breakdown of another ("بينهم طفلان") between the two tokens
    private static bool CountBetween(FigureLayer layer, int sentence, int from, int to)
    {
        foreach (var f in layer.Figures)
            if (f.SentenceIndex == sentence && f.InsideOf is null && f.InAdditionTo is null && f.FirstToken >= from && f.FirstToken < to) return true;
        return false;
    }

    /// <summary>Marks the mentions that a counted clause split from their sentence's others (consecutive mentions of one type and sentence).</summary>
    public static void Mark(Analysis analysis, List<Event> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
        {
            Event a = mentions[i - 1], b = mentions[i];
            if (a.Type != b.Type || a.Triggers[0].SentenceIndex != b.Triggers[0].SentenceIndex) continue;
            if (!OpensAnother(analysis, a.Triggers[^1], b.Triggers[0])) continue;
            a.OwnCountedClause = true;
            b.OwnCountedClause = true;
            // the doer named after the verb is this deed's, whoever the sentence named before it
            if (NamedDoer(analysis, b.Triggers[0]) is { } doer)
            {
                b.Actors.Clear();
                b.Actors.Add(doer);
                b.Targets.Remove(doer);
                // nor is it the target of the deed counted before it
                a.Targets.Remove(doer);
            }
        }
    }

    /// <summary>Whether one is a deed counted for its own doer and the other a deed counted too: never one event (the next
    /// sentence's "كما اعتقل تنظيم داعش 53" is neither the Kurdish forces' 41 nor the year's tally of 2858).</summary>
    public static bool Apart(Event a, Event b) =>
        (a.OwnCountedClause || b.OwnCountedClause) && (a.OwnCountedClause && b.OwnCountedClause || a.Figures.Count > 0 && b.Figures.Count > 0);
}
