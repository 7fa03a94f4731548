using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Rasd.Bench;

/// <summary>The reference pass: Lucene.Net's ArabicAnalyzer (tokenise, normalise, stem, stop words) over the same texts.</summary>
public static class LuceneArabicPass
{
    /// <summary>Runs the analyzer over every text and returns the number of tokens it produced.</summary>
    public static long Run(IReadOnlyList<string> texts)
    {
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        long tokens = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("body", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) tokens += term.Length > 0 ? 1 : 0;
            stream.End();
        }
        return tokens;
    }
}
