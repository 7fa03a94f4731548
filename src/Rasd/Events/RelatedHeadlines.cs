using Rasd.Text;

namespace Rasd.Events;

/// <summary>Blocks of other reports' headlines set between a story's paragraphs (BBC Arabic pages: three or more short lines, none a finished sentence): what they tell is those reports' news.</summary>
/// <remarks>
/// A report's paragraphs end with a full stop; a headline does not (it may end with a quote or a question mark). One
/// short unpunctuated line is a subheading ("ما الذي يحصل في الغوطة الشرقية؟") and stays; a run of three is a block of
/// links. Lists and verse have the same shape and tell no events either. A pair set between two finished paragraphs is a
/// block too when neither line continues the text (an opening "و"/"ف") or introduces what follows (a closing colon): in
/// BBC Arabic pages such pairs are nearly always two links, elsewhere a link and a subheading whose news the next
/// paragraph tells again.
/// </remarks>
public static class RelatedHeadlines
{
    private const int MaxHeadline = 100, MinRun = 3;

    /// <summary>The character spans of such blocks in <paramref name="text"/> (the title, its first line, is never part of one).</summary>
    public static List<TextSpan> Blocks(string text) => Blocks(text, TextParagraphs.Of(text));

    /// <summary>As above, with the text's paragraphs (<see cref="TextParagraphs.Of"/>) already split.</summary>
    public static List<TextSpan> Blocks(string text, List<TextSpan> paragraphs)
    {
        var blocks = new List<TextSpan>();
        int runStart = -1;
        for (int i = 1; i <= paragraphs.Count; i++)
        {
            if (i < paragraphs.Count && IsHeadline(text, paragraphs[i]))
            {
                if (runStart < 0) runStart = i;
                continue;
            }
            if (runStart >= 0 && (i - runStart >= MinRun || IsEnclosedPair(text, paragraphs, runStart, i)))
                blocks.Add(new TextSpan(paragraphs[runStart].Start, paragraphs[i - 1].End));
            runStart = -1;
        }
        return blocks;
    }

    // two headline lines after a finished body paragraph (not the title) and before more text, neither tied to its neighbours
    private static bool IsEnclosedPair(string text, List<TextSpan> paragraphs, int first, int next) =>
        next - first == 2 && first >= 2 && next < paragraphs.Count && text[paragraphs[first - 1].End - 1] == '.'
        && StandsAlone(text, paragraphs[first]) && StandsAlone(text, paragraphs[first + 1]);

    private static bool StandsAlone(string text, TextSpan line) =>
        text[line.Start] is not ('و' or 'ف' or '-' or '*' or '•') && text[line.End - 1] != ':';

    private static bool IsHeadline(string text, TextSpan paragraph) =>
        paragraph.Length <= MaxHeadline && text[paragraph.End - 1] != '.' && !TextParagraphs.HasInnerSentenceEnd(text, paragraph);
}
