using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Spelling variants news uses for one name: "كفر نبل"/"كفرنبل", with or without hamza (folding covers that).</summary>
public static class NameVariants
{
    // first words that are written both apart and joined to the next ("كفر نبل", "كفرنبل")
    private static readonly string[] Joinable = ["كفر", "تل", "دير", "عين", "بيت", "خان", "جسر", "ابو", "راس", "بني", "ام", "جب", "بير", "قصر"];

    public static IEnumerable<string> Of(string name)
    {
        var keys = ArabicFolding.FoldString(name.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (keys.Length == 0) yield break;
        yield return string.Join(' ', keys);
        if (keys.Length >= 2 && Joinable.Contains(keys[0]))
            yield return string.Join(' ', new[] { keys[0] + keys[1] }.Concat(keys[2..]));
        // final alef of a compound name is also written as alef maqsura ("بيت سوا"/"بيت سوى")
        if (keys.Length >= 2 && keys[^1].Length >= 3 && keys[^1][^1] == 'ا')
            yield return string.Join(' ', keys[..^1].Append(keys[^1][..^1] + "ي"));
        if (keys.Length == 1)
            foreach (var j in Joinable)
                if (keys[0].StartsWith(j, StringComparison.Ordinal) && keys[0].Length - j.Length >= 3)
                    yield return j + " " + keys[0][j.Length..];
    }

    /// <summary>
    /// The variants of a city quarter's name: those of <see cref="Of"/> and, for a name OCHA writes without the article, the
    /// article form news uses ("كلاسة" -> "الكلاسة", "شيخ مقصود" -> "الشيخ مقصود"); scripts/gen-gazetteer.py counts the same.
    /// </summary>
    public static IEnumerable<string> OfQuarter(string name)
    {
        foreach (var v in Of(name)) yield return v;
        var keys = ArabicFolding.FoldString(name.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (keys.Length == 1 && !keys[0].StartsWith("ال", StringComparison.Ordinal) && keys[0].Length >= 3 || keys.Length >= 2 && keys[0] == "شيخ")
            yield return string.Join(' ', new[] { "ال" + keys[0] }.Concat(keys[1..]));
    }

    /// <summary>The alternatives of a "a|b|c" cell, trimmed.</summary>
    public static IEnumerable<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
