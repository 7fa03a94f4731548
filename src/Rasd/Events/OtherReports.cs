using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Which sentences of a page tell other reports' news — its trailing strip of leads, its link lines and its blocks of related headlines — so that no event or figure is read from them.</summary>
public static class OtherReports
{
    /// <summary>One flag per sentence of the analysis: true where the sentence belongs to another report.</summary>
    public static bool[] Sentences(Analysis analysis)
    {
        var sentences = analysis.Sentences;
        var other = new bool[sentences.Count];
        // the paragraphs are read only here, so one list per thread serves every document (not a list grown per document)
        var paragraphs = Text.ThreadBuffers.Take(ref t_paragraphs);
        Text.TextParagraphs.Fill(analysis.Text, paragraphs);
        int strip = TeaserBlock.Start(analysis.Text, paragraphs) ?? int.MaxValue;
        var blocks = RelatedHeadlines.Blocks(analysis.Text, paragraphs);
        for (int s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            other[s] = span.Start >= strip || RelatedLinks.IsLink(analysis, sentences[s]);
            foreach (var b in blocks)
                other[s] |= span.Start >= b.Start && span.Start < b.End;
        }
        Text.ThreadBuffers.GiveBack(paragraphs, ref t_paragraphs);
        return other;
    }

    [ThreadStatic]
    private static List<Text.TextSpan>? t_paragraphs;
}
