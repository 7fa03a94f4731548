using Rasd.Numbers;
using Rasd.Text;

namespace Rasd.Pipeline;

/// <summary>Words that clitic splitting must never cut into, gathered from every lexicon (e.g. "وزير" is not و+زير).</summary>
public static class ProtectedWords
{
    private static readonly Lazy<HashSet<string>> Words = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in NumberLexicon.Default.Words) set.Add(w);
        foreach (var w in Lexicons.ProtectedWordList.Load()) set.Add(w);
        return set;
    });

    public static bool Contains(string folded) => Words.Value.Contains(folded);

    /// <summary>A clitic analyser that protects all known words.</summary>
    public static CliticAnalyzer DefaultAnalyzer { get; } = new(Contains);
}
