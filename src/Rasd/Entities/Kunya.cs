using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A kunya, the "father of" name fighters and leaders go by: "أبو" with a first name after it, and the nisba that often
/// follows ("أبو عمر الكردي", "أبو قتادة التونسي", "أبو بكر البغدادي").
/// </summary>
internal static class Kunya
{
    // "أبو", and its genitive and accusative forms ("عن أبي حمزة", "أبا محمد")
    private static readonly HashSet<string> FatherOf = new(StringComparer.Ordinal) { "ابو", "ابي", "ابا" };

    /// <summary>The folded forms of "أبو".</summary>
    public static IEnumerable<string> FatherForms => FatherOf;

    /// <summary>The letters of proclitics before "أبو" on the token at <paramref name="i"/> ("وأبو" → 1), or -1 when it is no "أبو".</summary>
    public static int FatherAt(IReadOnlyList<Token> tokens, int i)
    {
        var folded = tokens[i].Folded;
        // (most tokens: a length and a last letter rule them out before the readings are read)
        if (folded.Length is < 3 or > 5 || folded[^1] is not ('و' or 'ي' or 'ا')) return -1;
        foreach (var r in tokens[i].Readings)
            if (FatherOf.Contains(r.Stem) && !r.HasArticle && r.Proclitics is "" or "و" or "ف" or "ل" or "ب" or "وب" or "ول") return r.PrefixLength;
        return -1;
    }

    /// <summary>Whether the token is a nisba: a word with the article ending in "ي" ("الكردي", "العراقي", "الأنصاري").</summary>
    public static bool IsNisba(Token t) =>
        t.IsWord && t.Folded.Length >= 5 && t.Folded.StartsWith("ال", StringComparison.Ordinal) && t.Folded[^1] == 'ي';
}
