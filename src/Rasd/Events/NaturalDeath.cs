using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// A death or injury told with a cause that is no violence ("توفي طفل بسبب البرد", "سجلت خمس حالات وفاة بسبب عاصفة الغبار",
/// "وفاة لاجئ من شدة الحر", "السيول قتلت 11 طفلا", "وفاة 62 شخصا بالدفتيريا"), or as a yearly rate ("يتسبب في 3 ملايين حالة
/// وفاة سنويا"): no casualty of an attack, so its figure counts for no event (data/natural_death_causes.tsv).
/// </summary>
public static class NaturalDeath
{
    private static readonly Lexicons.TsvTable Table = Lexicons.TsvTable.LoadEmbedded("natural_death_causes");

    // each cause by its first word, with the words after it ("حادث سير"): most are one word
    private static readonly Dictionary<string, string[][]> Causes = CausesByFirstWord("cause", "agent");

    // the disasters and accidents also told as the doer, before the count ("السيول قتلت 11 طفلا")
    private static readonly Dictionary<string, string[][]> Agents = CausesByFirstWord("agent");

    // a yearly rate after the count ("3 ملايين حالة وفاة سنويا"): a statistic, no casualties of one deed
    private static readonly Dictionary<string, string[][]> Rates = CausesByFirstWord("rate");

    private static readonly HashSet<string> Prepositions = Table.FoldedWhere("kind", "preposition", "word");

    private static readonly HashSet<string> DegreeWords = Table.FoldedWhere("kind", "degree", "word");

    // the cause is looked for this many words past the figure and its role word, within their clause
    private const int Reach = 8;

    // a yearly rate is looked for this many words past them ("7 ملايين شخص سنويا", "حالة وفاة مبكرة كل عام")
    private const int RateReach = 3;

    // and a disaster told as the doer this many words before it, within the sentence
    private const int AgentReach = 25;

    /// <summary>Whether a figure of the dead or the hurt is told with a cause that is no violence.</summary>
    public static bool Is(Analysis analysis, Figure f)
    {
        if (f.Role is not ("killed" or "injured")) return false;
        var tokens = analysis.Tokens;
        var sentence = analysis.Sentences[f.SentenceIndex];
        int end = sentence.EndToken;
        int from = analysis.TokenAtOrAfter(Math.Max(f.Span.End, f.GoverningSpan.End));
        if (CauseAfter(tokens, from, end, rates: true)) return true;
        // "عدد المصابين بمرض التوحد بنحو 164 ألف شخص": the cause told between the role word and a count further on
        if (f.GoverningSpan.End <= f.Span.Start)
        {
            int at = analysis.TokenAtOrAfter(f.Span.Start);
            if (CauseAfter(tokens, analysis.TokenAtOrAfter(f.GoverningSpan.End), Math.Min(end, at), rates: false)) return true;
        }
        return AgentBefore(analysis, f, sentence.FirstToken);
    }

    // a cause (or, past the count, a yearly rate) within reach from a token, in its clause
    private static bool CauseAfter(IReadOnlyList<Token> tokens, int from, int end, bool rates)
    {
        for (int k = from; k < Math.Min(end, from + Reach); k++)
        {
            if (tokens[k].IsPunctuationLike()) break;
            if (rates && k - from < RateReach && CauseAt(Rates, tokens, k, end, tokens[k].Folded)) return true;
            // "مقتل ثلاثة بحادث سير", "بحادث تصادم": the preposition written onto the cause, or onto a degree word before it
            var attached = ByPreposition(tokens[k]);
            if (CauseAt(Causes, tokens, k, end, attached)) return true;
            if (!Prepositions.Contains(tokens[k].Folded) && !(attached is not null && DegreeWords.Contains(attached))) continue;
            int cause = k + 1;
            // "بسبب شدة البرد", "جراء ارتفاع درجات الحرارة"
            while (cause < end && cause - k <= 2 && DegreeWords.Contains(WithoutArticle(tokens[cause]))) cause++;
            if (cause < end && CauseAt(Causes, tokens, cause, end, WithoutArticle(tokens[cause]))) return true;
        }
        return false;
    }

    // "السيول قتلت 11 طفلا", "تحطم طائرة عسكرية أسفر عن مقتل …", "زلزال بقوة 6,9 درجات، أوقع 259 قتيلا": a disaster or
    // accident told as the doer, in the sentence before the count; not in a sentence with an attack of its own ("قصف أدى إلى
    // اندلاع حريق ومقتل ثلاثة": the attack word is a trigger)
    private static bool AgentBefore(Analysis analysis, Figure f, int sentenceStart)
    {
        var tokens = analysis.Tokens;
        // (from the count itself: "قتلت السيول 40 شخصا" names the flood between the verb and the count)
        int at = analysis.TokenAtOrAfter(f.Span.Start);
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - AgentReach); k--)
        {
            if (!CauseAt(Agents, tokens, k, at, WithoutArticle(tokens[k]))) continue;
            if (analysis.Get<TriggerLayer>() is { } triggers)
                foreach (var t in triggers.Triggers)
                    if (t.SentenceIndex == f.SentenceIndex && t.Entry.Type == "ASSAULT") return false;
            return true;
        }
        return false;
    }

    private static bool CauseAt(Dictionary<string, string[][]> causes, IReadOnlyList<Token> tokens, int k, int end, string? first)
    {
        if (first is null || !causes.TryGetValue(first, out var rests)) return false;
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

    // "بحادث", "بالفيروس" → "حادث", "فيروس": the stem of a word with the preposition ب written onto it, else null
    private static string? ByPreposition(Token t)
    {
        foreach (var r in t.Readings)
            // (not the two-letter "حر", heat: "بحر" is a sea; and "بالمرض" is read past its article, ب+المرض comes first)
            if (r.Proclitics is "ب" or "بال" && r.Stem.Length > 2 && !(r.Proclitics == "ب" && r.Stem.StartsWith("ال", StringComparison.Ordinal))) return r.Stem;
        return null;
    }

    private static Dictionary<string, string[][]> CausesByFirstWord(params string[] kinds)
    {
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var phrase in kinds.SelectMany(kind => Table.FoldedWhere("kind", kind, "word")))
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words[1..]);
        }
        return byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
