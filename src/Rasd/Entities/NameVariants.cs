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
        if (keys.Length == 1)
            foreach (var j in Joinable)
                if (keys[0].StartsWith(j, StringComparison.Ordinal) && keys[0].Length - j.Length >= 3)
                    yield return j + " " + keys[0][j.Length..];
    }

    /// <summary>The alternatives of a "a|b|c" cell, trimmed.</summary>
    public static IEnumerable<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
