namespace Rasd.Text;

/// <summary>The texts of short spans (names, trigger words), one string per distinct text on each thread.</summary>
/// <remarks>
/// The same few thousand names and words are read in document after document ("سوريا", "قصف", "دمشق"): a span's text is
/// looked up by its characters and the string made for it the first time is shared, instead of a new copy for every
/// mention. Long spans (sentences) are copied as before, and so is any text once the set is full.
/// </remarks>
public static class SpanStrings
{
    // names and words, not sentences
    private const int LongestShared = 48;

    private const int MostKept = 1 << 15;

    [ThreadStatic]
    private static HashSet<string>? _strings;

    /// <summary>The text of <paramref name="span"/> in <paramref name="text"/> (equal to <see cref="TextSpan.Of"/>).</summary>
    public static string Of(string text, TextSpan span)
    {
        if (span.Length > LongestShared) return span.Of(text);
        var strings = _strings ??= new HashSet<string>(StringComparer.Ordinal);
        var chars = text.AsSpan(span.Start, span.Length);
        if (strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known)) return known;
        var made = chars.ToString();
        // (once full, the set is kept as it is: the texts read first are the common ones, and a set emptied and filled
        // again would only push a new generation of strings into the older heaps)
        if (strings.Count < MostKept) strings.Add(made);
        return made;
    }
}
