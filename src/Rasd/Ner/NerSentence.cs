namespace Rasd.Ner;

/// <summary>One annotated sentence of a CoNLL corpus: pre-tokenised tokens and their BIO tags (same length).</summary>
public sealed record NerSentence(string[] Tokens, string[] Tags)
{
    public int Count => Tokens.Length;
}
