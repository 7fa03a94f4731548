using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>
/// A place name that opens an idiom names no place ("مسقط رأسه" is one's birthplace, not Muscat; data/place_idioms.tsv).
/// </summary>
public static class PlaceIdioms
{
    private static readonly Dictionary<string, List<string>> Next = Load();

    // every idiom's next word: a name before none of them opens no idiom, and its readings are not looked up
    private static readonly string[] AnyNext = [.. Next.Values.SelectMany(words => words).Distinct()];

    private static Dictionary<string, List<string>> Load()
    {
        var t = TsvTable.LoadEmbedded("place_idioms");
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var r in t.Rows)
        {
            var name = ArabicFolding.FoldString(t.Cell(r, "name"));
            if (!next.TryGetValue(name, out var words)) next[name] = words = [];
            words.Add(ArabicFolding.FoldString(t.Cell(r, "next")));
        }
        return next;
    }

    /// <summary>Whether the one-word name at <paramref name="i"/> (any proclitic) is followed by a word that makes it an idiom's noun.</summary>
    public static bool Opens(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || !StartsWithAny(tokens[i + 1].Folded, AnyNext)) return false;
        List<string>? words = null;
        foreach (var r in tokens[i].Readings)
            if (Next.TryGetValue(r.Stem, out words)) break;
        if (words is null && !Next.TryGetValue(tokens[i].Folded, out words)) return false;
        return StartsWithAny(tokens[i + 1].Folded, words);
    }

    private static bool StartsWithAny(string folded, IReadOnlyList<string> words)
    {
        for (int k = 0; k < words.Count; k++)
            if (folded.StartsWith(words[k], StringComparison.Ordinal)) return true;
        return false;
    }
}
