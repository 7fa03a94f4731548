namespace Rasd.Text;

/// <summary>One way to read a token: the proclitics stripped from its front and the stem that remains (folded).</summary>
/// <param name="Proclitics">The stripped prefix as written (folded), e.g. "وبال"; empty for the whole word.</param>
/// <param name="Stem">The remaining stem, without the article when <paramref name="HasArticle"/>.</param>
/// <param name="HasArticle">Whether the article ال was part of the stripped prefix.</param>
public readonly record struct CliticReading(string Proclitics, string Stem, bool HasArticle)
{
    /// <summary>Length of the prefix in folded chars.</summary>
    public int PrefixLength => Proclitics.Length;

    /// <summary>Whether the reading takes the future marker س ("سيعقد"): only verbs do, never a noun or a name ("سنوي" is no س+"نوي").</summary>
    public bool IsFuture => Proclitics.Length > 0 && Proclitics[^1] == 'س';

    /// <summary>The stem with the article put back when it had one ("الطيران" for و+ال+طيران).</summary>
    /// <remarks>Made once per reading (readings are cached per token), not per lexicon lookup.</remarks>
    public string StemWithArticle { get; } = HasArticle ? "ال" + Stem : Stem;
}
