namespace Rasd.Text;

/// <summary>A sentence: its span in the original text and its token range [FirstToken, FirstToken + TokenCount).</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}
