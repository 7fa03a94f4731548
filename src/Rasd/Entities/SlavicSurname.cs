using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A word shaped like a Slavic family name as the Arabic press writes it: "ليمونوف", "أنانييف", "بوروشينكو", "ميلانوفيتش",
/// "كاسبرسكي". Why: a first name that is also a common word ("إدوار" folds like "أدوار", roles) opens a name before such a
/// word, which no Arabic word resembles: plurals like "ظروف", "مخاوف" are shorter, "تكاليف" is no "ييف"/"وف" ending.
/// </summary>
internal static class SlavicSurname
{
    // data/slavic_surname_endings.tsv: "وف", "ييف", "نكو" …
    private static readonly string[] Endings = [.. Lexicons.TsvTable.FoldedWords("slavic_surname_endings")];

    /// <summary>Whether the token (no article, no proclitic read) is at least six letters and ends as a Slavic family name.</summary>
    internal static bool Shaped(Token t)
    {
        var f = t.Folded;
        if (!t.IsWord || f.Length < 6 || f.StartsWith("ال", StringComparison.Ordinal)) return false;
        foreach (var e in Endings)
            if (f.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
