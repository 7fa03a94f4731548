using Rasd.Entities;
using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "بوتين ونظيره التركي أردوغان", "ماكرون والمستشارة الألمانية ميركل": a second name brought in by "و" and its title (and
/// nationality) is coordinated with the first, as if "و" stood right before it.
/// </summary>
internal static class TitledConjunct
{
    // the person titles of data/titles.tsv (their first words, and the definite words after: "وزير الخارجية") and of
    // data/ner_title_cues.tsv, folded (not the names some titles hold: "وزير خارجية سوريا")
    private static readonly HashSet<string> TitleWords = Load();

    private static HashSet<string> Load()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var titles = TsvTable.LoadEmbedded("titles");
        foreach (var r in titles.Rows)
            if (titles.Cell(r, "kind") == "person")
            {
                var words = titles.Cell(r, "title").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i < words.Length; i++)
                    if (i == 0 || words[i].StartsWith("ال", StringComparison.Ordinal)) set.Add(ArabicFolding.FoldString(words[i]));
            }
        var cues = TsvTable.LoadEmbedded("ner_title_cues");
        foreach (var r in cues.Rows)
            if (cues.Cell(r, "kind") == "title" && !r[0].Contains(' ')) set.Add(ArabicFolding.FoldString(r[0]));
        return set;
    }

    /// <summary>Whether a folded word is a person's title ("الرئيس", "الوزير", "السفير").</summary>
    internal static bool IsTitleWord(string folded) => TitleWords.Contains(folded);

    /// <summary>Whether the tokens from <paramref name="from"/> up to the name at <paramref name="next"/> are "و" + a title, then titles or nationality adjectives.</summary>
    internal static bool Between(IReadOnlyList<Token> tokens, int from, int next)
    {
        if (next - from is < 1 or > 4) return false;
        if (!tokens[from].Readings.Any(r => r.Proclitics.StartsWith('و') && IsTitle(r))) return false;
        for (int k = from + 1; k < next; k++)
            if (EntityLexicon.Default.AdjectiveCountry(tokens[k]) is null && !tokens[k].Readings.Any(r => r.Proclitics is "" or "ال" && IsTitle(r)))
                return false;
        return true;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="from"/> up to a person's name at <paramref name="next"/> are only the person's
    /// title, nationality adjectives and "نظام" ("من قبل نظام الرئيس السوري بشار الأسد"), none with a proclitic.
    /// </summary>
    internal static bool TitleRun(IReadOnlyList<Token> tokens, int from, int next)
    {
        if (next - from < 1) return false;
        bool title = false;
        for (int k = from; k < next; k++)
        {
            if (tokens[k].Folded == "نظام") continue;
            if (TitleReading(tokens[k])) { title = true; continue; }
            if (EntityLexicon.Default.AdjectiveCountry(tokens[k]) is null) return false;
        }
        return title;
    }

    // a title word bare or with the article (a loop, not Readings.Any, which boxes the readings)
    private static bool TitleReading(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "" or "ال" && IsTitle(r)) return true;
        return false;
    }

    // the title words with the article, without it: "ال" + stem asked without building that string
    private static readonly HashSet<string> ArticleTitleStems = TitleWords.Where(w => w.StartsWith("ال", StringComparison.Ordinal)).Select(w => w[2..]).ToHashSet(StringComparer.Ordinal);

    private static bool IsTitle(CliticReading r) =>
        TitleWords.Contains(r.StemWithArticle) || TitleWords.Contains(r.Stem) || ArticleTitleStems.Contains(r.Stem);
}
