namespace Rasd.Text;

/// <summary>Character-level normalisation of Arabic for matching: one original char folds to zero or one char.</summary>
public static class ArabicFolding
{
    /// <summary>Marker for a character that folding removes.</summary>
    public const char Removed = '\0';

    // Fold is on the hot path of every text: below U+0700 (ASCII, Latin-1, Arabic) it is one table read
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var t = new char[0x0700];
        for (int c = 0; c < t.Length; c++) t[c] = FoldSlow((char)c);
        return t;
    }

    /// <summary>Folds one character; returns <see cref="Removed"/> for characters dropped from the folded view.</summary>
    public static char Fold(char c) => c < 0x0700 ? Table[c] : FoldSlow(c);

    private static char FoldSlow(char c)
    {
        switch (c)
        {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671': return '\u0627'; // hamzated alefs, wasla -> alef
            case '\u0649': case '\u06CC': return '\u064A'; // alef maqsura, Farsi yeh -> yaa
            case '\u0629': return '\u0647'; // taa marbuta -> haa
            case '\u06A9': return '\u0643'; // keheh -> kaf
            case '\u0640': return Removed; // tatweel
            case '\u00A0': case '\u2007': case '\u202F': case '\u2009': case '\u200A': return ' ';
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u200E':
            case '\u200F':
            case '\u061C':
            case '\uFEFF':
            case '\u202A':
            case '\u202B':
            case '\u202C':
            case '\u202D':
            case '\u202E':
                return Removed; // zero-width and bidi controls
            case '\u066C': return ','; // Arabic thousands separator
            case '\u066B': return '.'; // Arabic decimal separator
            case '\r': return '\n';
        }
        if (c >= '\u064B' && c <= '\u065F') return Removed; // harakat, shadda, sukun and friends
        if (c == '\u0670') return Removed; // superscript alef
        if (c >= '\u0660' && c <= '\u0669') return (char)('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char)('0' + (c - '\u06F0'));
        if (c >= 'A' && c <= 'Z') return (char)(c + 32);
        return c;
    }

    /// <summary>Folds a whole string (no offset map); used for lexicon entries and lookups.</summary>
    public static string FoldString(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        return new string(buffer[..FoldInto(s, buffer)]);
    }

    /// <summary>Folds <paramref name="s"/> into <paramref name="buffer"/> (at least as long) and returns the folded length: a lookup key without a string.</summary>
    internal static int FoldInto(ReadOnlySpan<char> s, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in s)
        {
            char f = Fold(c);
            if (f != Removed) buffer[n++] = f;
        }
        return n;
    }

    /// <summary>Folds text and keeps, for every folded char, the offset of the original char it came from.</summary>
    public static FoldedText FoldWithOffsets(string text)
    {
        // one pass into a pooled buffer that also notes the gaps; most texts lose no char to folding, and their folded
        // offsets are the original ones and need no map
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        List<int>? gapAt = null, gapShift = null;
        try
        {
            int k = 0, dropped = 0;
            bool pending = false;
            foreach (char c in text)
            {
                char f = Fold(c);
                if (f == Removed) { dropped++; pending = true; continue; }
                // one gap per run of removed chars: the folded index after it and the removed count so far
                if (pending) { (gapAt ??= []).Add(k); (gapShift ??= []).Add(dropped); pending = false; }
                buffer[k++] = f;
            }
            if (pending) { (gapAt ??= []).Add(k); (gapShift ??= []).Add(dropped); }
            var folded = new string(buffer, 0, k);
            return gapAt is null ? new FoldedText(text, folded, null, null) : new FoldedText(text, folded, [.. gapAt], [.. gapShift!]);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
