namespace Rasd.Text;

/// <summary>The non-blank lines of a text as spans trimmed of surrounding whitespace: a plain-text article's paragraphs (its first one the title).</summary>
public static class TextParagraphs
{
    /// <summary>Each non-blank line of <paramref name="text"/>, trimmed.</summary>
    public static List<TextSpan> Of(string text)
    {
        var list = new List<TextSpan>();
        Fill(text, list);
        return list;
    }

    /// <summary>As <see cref="Of"/>, into a list the caller keeps (cleared first), for callers that split a text per document.</summary>
    internal static void Fill(string text, List<TextSpan> list)
    {
        list.Clear();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int a = start, b = end;
            while (a < b && Whitespace.Is(text[a])) a++;
            while (b > a && Whitespace.Is(text[b - 1])) b--;
            if (b > a) list.Add(new TextSpan(a, b));
            start = end + 1;
        }
    }

    /// <summary>Whether the paragraph holds more than one sentence (a sentence end followed by more text).</summary>
    public static bool HasInnerSentenceEnd(string text, TextSpan paragraph)
    {
        var s = text.AsSpan(paragraph.Start, paragraph.Length);
        for (int i = 0; i + 1 < s.Length; i++)
            if (s[i] is '.' or '!' or '؟' or '?' && Whitespace.Is(s[i + 1])) return true;
        return false;
    }
}
