namespace Rasd.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
