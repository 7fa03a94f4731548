namespace Rasd.Text;

/// <summary>
/// Splits Arabic proclitics (و ف, then ب ل ك or future س, then the article ال) off a folded word.
/// Written here because no .NET morphological analyser handles Arabic clitics; this one is
/// deliberately shallow: it proposes readings and lets lexicon lookups choose.
/// </summary>
public sealed class CliticAnalyzer
{
    private static readonly string[] Conjunctions = ["", "و", "ف"];
    private static readonly string[] Prepositions = ["", "ب", "ل", "ك"];
    private const int MinStem = 2;

    private readonly Func<string, bool> _isProtected;

    /// <summary>Creates an analyser; words for which <paramref name="isProtected"/> is true are never split.</summary>
    public CliticAnalyzer(Func<string, bool>? isProtected = null)
    {
        _isProtected = isProtected ?? (_ => false);
    }

    /// <summary>An analyser that protects no words.</summary>
    public static CliticAnalyzer Plain { get; } = new();

    /// <summary>All readings of a folded word, the whole word first, then by increasing prefix length.</summary>
    public IReadOnlyList<CliticReading> Analyze(string folded)
    {
        var whole = new CliticReading("", folded, false);
        if (folded.Length <= MinStem || _isProtected(folded)) return [whole];
        var readings = new List<CliticReading>(4) { whole };
        foreach (var conj in Conjunctions)
        {
            if (!folded.AsSpan().StartsWith(conj)) continue;
            foreach (var prep in Prepositions)
            {
                int p = conj.Length + prep.Length;
                if (!folded.AsSpan(conj.Length).StartsWith(prep)) continue;
                if (p > 0) Add(readings, folded, p, false);
                // the article: "ال" after و/ف/ب/ك, but ل+ال is written "لل"
                if (prep == "ل")
                {
                    if (folded.AsSpan(p).StartsWith("ل")) Add(readings, folded, p + 1, true);
                }
                else if (folded.AsSpan(p).StartsWith("ال"))
                {
                    Add(readings, folded, p + 2, true);
                }
            }
            // future marker before an imperfect verb: وسيعقد -> و+س+يعقد
            if (folded.Length > conj.Length + 1 && folded[conj.Length] == 'س' && IsImperfectPrefix(folded, conj.Length + 1))
                Add(readings, folded, conj.Length + 1, false);
        }
        readings.Sort(static (a, b) => a.PrefixLength.CompareTo(b.PrefixLength));
        return readings;
    }

    private void Add(List<CliticReading> readings, string folded, int prefixLength, bool article)
    {
        int stemLength = folded.Length - prefixLength;
        if (stemLength < MinStem) return;
        var stem = folded[prefixLength..];
        var prefix = folded[..prefixLength];
        // a stripped word that is itself a known word with this prefix removed is fine; a split that lands inside a protected word is not
        if (prefixLength > 0 && _isProtected(folded)) return;
        foreach (var r in readings)
            if (r.PrefixLength == prefixLength) return;
        readings.Add(new CliticReading(prefix, stem, article));
    }

    private static bool IsImperfectPrefix(string s, int i) =>
        i < s.Length - 2 && s[i] is 'ي' or 'ت' or 'ن' or 'ا';
}
