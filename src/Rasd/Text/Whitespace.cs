namespace Rasd.Text;

/// <summary><see cref="char.IsWhiteSpace(char)"/> without the Unicode table lookup it makes for every non-Latin-1 char (every Arabic letter).</summary>
internal static class Whitespace
{
    // inlined into the tokenizer's and the hash's loops; an Arabic letter is answered by three comparisons
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c) => c < 0x80
        ? c == ' ' || (c >= '\t' && c <= '\r')
        : c < '\u1680' ? c is '\u0085' or '\u00A0' : IsWide(c);

    private static bool IsWide(char c) => c is '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' || (c >= '\u2000' && c <= '\u200A');
}
