using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>The "more news" strip some pages append after the story (CNN Arabic: one-sentence leads of other reports, the last one cut off mid-sentence): what it tells is those reports' news, not this one's.</summary>
/// <remarks>
/// Such a strip has no heading to find, so it is recognised by its shape: at the end of the text, two or more paragraphs
/// that are each one lead-length sentence, none opening like a continuation of the story (و، ف، "كما"، "يذكر أن"…,
/// data/story_continuation_openers.tsv), and the very last one unfinished (no closing punctuation). A report's own
/// paragraphs mostly open with و or a linking word, so the strip stops at the first one going up; a report that happens
/// to end unpunctuated keeps its paragraphs unless they all look like separate leads.
/// </remarks>
public static class TeaserBlock
{
    private static readonly string[] Openers = [.. TsvTable.LoadEmbedded("story_continuation_openers").Rows.Select(r => ArabicFolding.FoldString(r[0]))];

    // a lead is one sentence; the strip on CNN Arabic pages cuts them at 240 characters
    private const int MinLead = 60, MaxLead = 260;

    /// <summary>Where the strip starts in <paramref name="text"/> (a character offset), or null when the text ends with the report itself.</summary>
    public static int? Start(string text)
    {
        var paragraphs = Paragraphs(text);
        // the title and at least one paragraph of the report come first
        if (paragraphs.Count < 4 || Finished(text, paragraphs[^1])) return null;
        int k = paragraphs.Count;
        while (k - 1 >= 2 && IsLead(text, paragraphs[k - 1])) k--;
        return paragraphs.Count - k >= 2 ? paragraphs[k].Start : null;
    }

    private static List<TextSpan> Paragraphs(string text)
    {
        var list = new List<TextSpan>();
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
        return list;
    }

    private static bool Finished(string text, TextSpan paragraph) => text[paragraph.End - 1] is '.' or '!' or '؟' or '?' or '"' or '»' or ')' or ']' or '…' or ':' or '”';

    private static bool IsLead(string text, TextSpan paragraph)
    {
        if (paragraph.Length is < MinLead or > MaxLead) return false;
        var s = text.AsSpan(paragraph.Start, paragraph.Length);
        // one sentence: no sentence end followed by more words
        for (int i = 0; i + 1 < s.Length; i++)
            if (s[i] is '.' or '!' or '؟' or '?' && Whitespace.Is(s[i + 1])) return false;
        if (!Tokenizer.IsWordChar(s[0])) return false; // quotes, dashes, list marks
        var folded = ArabicFolding.FoldString(s);
        // a report's own paragraph opens with و or ف ("وقال", "فيما"), not the preposition "في" ("في أول تعليق له…" opens
        // a lead); a name spelt with them only shortens the strip
        if (folded[0] == 'و' || (folded[0] == 'ف' && !folded.StartsWith("في ", StringComparison.Ordinal))) return false;
        foreach (var opener in Openers)
            if (folded.StartsWith(opener, StringComparison.Ordinal) && (folded.Length == opener.Length || !Tokenizer.IsWordChar(folded[opener.Length]))) return false;
        return true;
    }
}
