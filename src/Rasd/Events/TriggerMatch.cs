using Rasd.Text;

namespace Rasd.Events;

/// <summary>A trigger found in the text.</summary>
/// <param name="Proclitics">What the first token carried before the stem (e.g. "س" marks the future).</param>
public sealed record TriggerMatch(TriggerEntry Entry, int FirstToken, int TokenCount, TextSpan Span, int SentenceIndex, string Proclitics, bool HasArticle)
{
    public int EndToken => FirstToken + TokenCount;
}
