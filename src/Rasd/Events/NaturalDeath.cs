using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A death told with a cause that is no violence ("توفي طفل بسبب البرد", "سجلت خمس حالات وفاة بسبب عاصفة الغبار", "وفاة
/// لاجئ من شدة الحر"): no casualty of an attack, so its figure counts for no event (data/natural_death_causes.tsv).
/// </summary>
public static class NaturalDeath
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("natural_death_causes");

    // each cause by its first word, with the words after it ("حادث سير"): most are one word
    private static readonly Dictionary<string, string[][]> Causes = CausesByFirstWord();

    private static readonly HashSet<string> Prepositions = Table.FoldedWhere("kind", "preposition", "word");

    private static readonly HashSet<string> DegreeWords = Table.FoldedWhere("kind", "degree", "word");

    // the cause is looked for this many words past the figure and its role word, within their clause
    private const int Reach = 8;

    /// <summary>Whether a figure of the dead is told with a cause of death that is no violence.</summary>
    public static bool Is(Analysis analysis, Figure f)
    {
        if (f.Role != "killed") return false;
        var tokens = analysis.Tokens;
        int end = analysis.Sentences[f.SentenceIndex].EndToken;
        int from = analysis.TokenAtOrAfter(Math.Max(f.Span.End, f.GoverningSpan.End));
        for (int k = from; k < Math.Min(end, from + Reach); k++)
        {
            if (tokens[k].IsPunctuationLike()) return false;
            if (!Prepositions.Contains(tokens[k].Folded)) continue;
            int cause = k + 1;
            // "بسبب شدة البرد", "جراء ارتفاع درجات الحرارة"
            while (cause < end && cause - k <= 2 && DegreeWords.Contains(WithoutArticle(tokens[cause]))) cause++;
            if (cause < end && CauseAt(tokens, cause, end)) return true;
        }
        return false;
    }

    private static bool CauseAt(IReadOnlyList<Token> tokens, int k, int end)
    {
        if (!Causes.TryGetValue(WithoutArticle(tokens[k]), out var rests)) return false;
        foreach (var rest in rests)
        {
            bool all = k + rest.Length < end;
            for (int j = 0; all && j < rest.Length; j++) all = tokens[k + 1 + j].Folded == rest[j];
            if (all) return true;
        }
        return false;
    }

    // "البرد" → "برد" (the cause words are listed bare); a word without the article stays as written
    private static string WithoutArticle(Token t)
    {
        foreach (var r in t.Readings)
            if (r.HasArticle && r.Proclitics == "ال") return r.Stem;
        return t.Folded;
    }

    private static Dictionary<string, string[][]> CausesByFirstWord()
    {
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var phrase in Table.FoldedWhere("kind", "cause", "word"))
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words[1..]);
        }
        return byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
