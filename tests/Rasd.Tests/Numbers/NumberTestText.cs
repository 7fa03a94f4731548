using Rasd.Numbers;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Tests.Numbers;

/// <summary>Tokenises a test phrase the way the pipeline does and runs one number reader on it.</summary>
internal static class NumberTestText
{
    public static readonly NumberParser Parser = new();

    public static IReadOnlyList<Token> Tokens(string text) => new Tokenizer(ProtectedWords.DefaultAnalyzer).Tokenize(text);

    /// <summary>The first match of <paramref name="read"/> at any token, with its original text.</summary>
    public static (NumberMatch Match, string Text)? First(string text, Func<IReadOnlyList<Token>, int, NumberMatch?> read)
    {
        var tokens = Tokens(text);
        for (int i = 0; i < tokens.Count; i++)
            if (read(tokens, i) is { } m) return (m, m.Span.Of(text));
        return null;
    }
}
