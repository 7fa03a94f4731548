using Rasd.Text;

namespace Rasd.Events;

/// <summary>A trigger found in the text.</summary>
/// <param name="Proclitics">What the first token carried before the stem (e.g. "س" marks the future).</param>
public sealed record TriggerMatch(TriggerEntry Entry, int FirstToken, int TokenCount, TextSpan Span, int SentenceIndex, string Proclitics, bool HasArticle)
{
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Whether the trigger word carries the preposition ب or ل ("بقصف"، "لمنعها"، "بالغارات"، "للهجوم"); the article's own ل does not count.</summary>
    public bool HasPreposition
    {
        get
        {
            // the article is the last two letters of the proclitics ("بال"), or one where ل+ال is written "لل"
            var particles = !HasArticle ? Proclitics : Proclitics.EndsWith("لل", StringComparison.Ordinal) ? Proclitics[..^1] : Proclitics[..^Math.Min(2, Proclitics.Length)];
            return particles.Contains('ب') || particles.Contains('ل');
        }
    }
}
