using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>The "more news" strip some pages append after the story (CNN Arabic: one-sentence leads of other reports, the last one cut off mid-sentence): what it tells is those reports' news, not this one's.</summary>
/// <remarks>
/// Such a strip has no heading to find, so it is recognised by its shape: at the end of the text, two or more paragraphs
/// that are each one lead-length sentence, none opening like a continuation of the story (و، ف، "كما"، "يذكر أن"…,
/// data/story_continuation_openers.tsv), and the very last one unfinished (no closing punctuation). A report's own
/// paragraphs mostly open with و or a linking word, so the strip stops at the first one going up; a report that happens
/// to end unpunctuated keeps its paragraphs unless they all look like separate leads. The page cuts leads at a fixed
/// length, so one that ends whole is told from a report's own paragraphs by a cut one among three or more, or by the
/// outlet's mark at the head of the report.
/// </remarks>
public static class TeaserBlock
{
    private static readonly string[] Openers = [.. TsvTable.LoadEmbedded("story_continuation_openers").Rows.Select(r => ArabicFolding.FoldString(r[0]))];
    private static readonly string[] Marks = [.. TsvTable.LoadEmbedded("teaser_strip_marks").Rows.Select(r => r[0])];

    // a lead is one sentence; the strip on CNN Arabic pages cuts them at 240 characters
    private const int MinLead = 60, MaxLead = 260;

    /// <summary>Where the strip starts in <paramref name="text"/> (a character offset), or null when the text ends with the report itself.</summary>
    public static int? Start(string text) => Start(text, TextParagraphs.Of(text));

    /// <summary>As above, with the text's paragraphs (<see cref="TextParagraphs.Of"/>) already split.</summary>
    public static int? Start(string text, List<TextSpan> paragraphs)
    {
        // the title and at least one paragraph of the report come first
        if (paragraphs.Count < 4) return null;
        var (k, leads, cut) = Walk(text, paragraphs, quoted: false);
        // the page cuts its leads at a fixed length, so some end unfinished: the last one, or one of three or more; a
        // page whose outlet mark opens the report (data/teaser_strip_marks.tsv) may show three or more whole ones
        bool marked = Marked(text, paragraphs[1]);
        bool strip = (leads >= 2 && !Finished(text, paragraphs[^1])) || (leads >= 3 && (cut || marked));
        // on such a page a lead may open with a quotation (""رمزية جميلة".. هكذا رأى الرئيس …"): with the mark, three or more
        // leads counted with those make the strip too
        if (!strip && marked)
        {
            (k, leads, _) = Walk(text, paragraphs, quoted: true);
            strip = leads >= 3;
        }
        return strip ? paragraphs[k].Start : null;
    }

    // going up from the end, the paragraphs that read as leads: where they start, how many, and whether one is cut off
    private static (int Start, int Leads, bool Cut) Walk(string text, List<TextSpan> paragraphs, bool quoted)
    {
        int k = paragraphs.Count;
        bool cut = false;
        while (k - 1 >= 2 && IsLead(text, paragraphs[k - 1], quoted))
        {
            k--;
            cut |= !Finished(text, paragraphs[k]);
        }
        return (k, paragraphs.Count - k, cut);
    }

    // the outlet's mark in the report's first paragraph (its dateline: "دبي، الإمارات العربية المتحدة (CNN)--")
    private static bool Marked(string text, TextSpan first)
    {
        var s = text.AsSpan(first.Start, first.Length);
        foreach (var mark in Marks)
            if (s.Contains(mark, StringComparison.Ordinal)) return true;
        return false;
    }

    // the rest of a paragraph that opens with a quotation, past its closing mark and the dots or commas after it
    private static TextSpan? AfterQuotation(string text, TextSpan paragraph)
    {
        char open = text[paragraph.Start];
        char close = open switch { '"' => '"', '“' => '”', '«' => '»', _ => '\0' };
        if (close == '\0') return null;
        int end = text.IndexOf(close, paragraph.Start + 1, paragraph.Length - 1);
        if (end < 0) return null;
        int k = end + 1;
        while (k < paragraph.End && (text[k] is '.' or '،' or ',' or '…' || char.IsWhiteSpace(text[k]))) k++;
        return k < paragraph.End ? new TextSpan(k, paragraph.End) : null;
    }

    private static bool Finished(string text, TextSpan paragraph) => text[paragraph.End - 1] is '.' or '!' or '؟' or '?' or '"' or '»' or ')' or ']' or '…' or ':' or '”';

    private static bool IsLead(string text, TextSpan paragraph, bool quoted)
    {
        if (paragraph.Length is < MinLead or > MaxLead) return false;
        // a lead that opens with what someone said (""رمزية جميلة".. هكذا رأى …"), only where asked: the words after the
        // quotation and its dots are the lead's sentence
        if (quoted && AfterQuotation(text, paragraph) is { } rest) paragraph = rest;
        // one sentence: no sentence end followed by more words
        if (TextParagraphs.HasInnerSentenceEnd(text, paragraph)) return false;
        var s = text.AsSpan(paragraph.Start, paragraph.Length);
        if (!Tokenizer.IsWordChar(s[0])) return false; // quotes, dashes, list marks
        // (folded into a buffer on the stack: a lead is at most MaxLead chars, and no string of it is kept)
        Span<char> buffer = stackalloc char[s.Length];
        ReadOnlySpan<char> folded = buffer[..ArabicFolding.FoldInto(s, buffer)];
        // a rule drawn with tatweel ("ـــــ") folds to nothing
        if (folded.Length == 0) return false;
        // a report's own paragraph opens with و or ف ("وقال", "فيما"), not the preposition "في" ("في أول تعليق له…" opens
        // a lead); a name spelt with them only shortens the strip
        if (folded[0] == 'و' || (folded[0] == 'ف' && !folded.StartsWith("في ", StringComparison.Ordinal))) return false;
        foreach (var opener in Openers)
            if (folded.StartsWith(opener, StringComparison.Ordinal) && (folded.Length == opener.Length || !Tokenizer.IsWordChar(folded[opener.Length]))) return false;
        return true;
    }
}
