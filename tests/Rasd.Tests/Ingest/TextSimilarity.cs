namespace Rasd.Tests.Ingest;

/// <summary>Word-level similarity of two texts: 2·LCS / (|a| + |b|) over whitespace-separated words (1 = same words in the same order).</summary>
public static class TextSimilarity
{
    public static double Ratio(string a, string b)
    {
        var x = a.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var y = b.Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (x.Length + y.Length == 0) return 1;
        var prev = new int[y.Length + 1];
        var cur = new int[y.Length + 1];
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = 1; j <= y.Length; j++)
                cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return 2.0 * prev[y.Length] / (x.Length + y.Length);
    }
}
