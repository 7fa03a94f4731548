using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>"آنا كامبل (26 عاما)", "آنا كامبل، 26 عاما،": two name words right before an age in brackets or between commas, as reports give it after a person's name.</summary>
internal static class AgedPerson
{
    // the year words of an age, folded ("عاما", "عاماً", "عامًا", "سنة")
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "عاما", "عام", "سنه", "سنوات" };

    // nouns for people that take an age as a name does ("طفل (12 عاما)", "سائق تاكسي (40 عاما)")
    private static readonly HashSet<string> PersonNouns = LoadPersonNouns();

    private static HashSet<string> LoadPersonNouns()
    {
        var set = TsvTable.FoldedWords("aged_person_nouns");
        foreach (var r in TsvTable.LoadEmbedded("countable_nouns").Rows) set.Add(ArabicFolding.FoldString(r[0]));
        return set;
    }

    /// <summary>Whether the token at <paramref name="open"/> opens "(N عاما)" or the age between commas, "، 26 عاما،".</summary>
    /// <remarks>The kind first: this runs at nearly every token, and a bracket is punctuation (the word's string is not read).
    /// Between commas the age must be closed by a comma or the sentence's end: "…، 30 عاما من الحرب" is a span of time.</remarks>
    internal static bool OpensAge(IReadOnlyList<Token> tokens, int open, int end)
    {
        if (open + 3 > end || open + 2 >= tokens.Count || tokens[open].Kind != TokenKind.Punctuation || !tokens[open + 1].IsNumber
            || !YearWords.Contains(tokens[open + 2].Folded)) return false;
        string mark = tokens[open].Folded;
        if (mark == "(") return open + 3 < tokens.Count && tokens[open + 3].Folded == ")";
        if (mark is not ("،" or ",")) return false;
        return open + 3 == end || tokens[open + 3].Folded is "،" or "," or ".";
    }

    /// <summary>
    /// Whether the two words before the age can be a first and a last name: no article, no pronoun or feminine ending (ة is
    /// folded to ه: "سيدة مسنة", "شقيقتها"), no accusative nisba ("شابا أفغانيا"), and the first no common noun for a person.
    /// </summary>
    internal static bool NameShaped(Token first, Token last)
    {
        if (!first.IsWord || !last.IsWord || first.Folded.Length < 2 || last.Folded.Length < 2) return false;
        if (first.Folded.StartsWith("ال", StringComparison.Ordinal) || last.Folded.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (first.Folded[^1] == 'ه' || last.Folded[^1] == 'ه' || last.Folded.EndsWith("يا", StringComparison.Ordinal)) return false;
        if (first.Folded.EndsWith("ها", StringComparison.Ordinal) || first.Folded[0] is 'و' or 'ف' || last.Folded[0] == 'و') return false;
        return !PersonNouns.Contains(first.Folded) && !PersonNouns.Contains(last.Folded);
    }
}
