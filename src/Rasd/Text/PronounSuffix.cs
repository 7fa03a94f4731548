namespace Rasd.Text;

/// <summary>The attached pronoun a folded word may end in ("ه", "ها", "هم", "هما": his, her/its, their, their two).</summary>
public static class PronounSuffix
{
    // at most one of them can end a word ("هما" ends in "ما", "هم" in "م", "ها" in "ا")
    private static readonly string[] Suffixes = ["هما", "هم", "ها", "ه"];

    /// <summary>The word without its pronoun suffix when at least <paramref name="minStem"/> letters remain; null when it ends in none.</summary>
    public static string? Strip(string word, int minStem)
    {
        foreach (var suffix in Suffixes)
            if (word.Length - suffix.Length >= minStem && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return null;
    }
}
