using Rasd.Text;

namespace Rasd.Ner;

/// <summary>A name the model found: its type (PER, ORG, LOC, MISC…), its tokens [FirstToken, FirstToken + TokenCount) and its original span.</summary>
public sealed record NerSpan(string Type, int FirstToken, int TokenCount, TextSpan Span)
{
    public int EndToken => FirstToken + TokenCount;
}
