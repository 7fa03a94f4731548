namespace Rasd.Text;

/// <summary>
/// Splits Arabic proclitics (و ف, then ب ل ك or future س, then the article ال) off a folded word.
/// Written here because no .NET morphological analyser handles Arabic clitics; this one is
/// deliberately shallow: it proposes readings and lets lexicon lookups choose.
/// </summary>
public sealed class CliticAnalyzer
{
    private const int MinStem = 2;

    private readonly Func<string, bool> _isProtected;

    /// <summary>Creates an analyser; words for which <paramref name="isProtected"/> is true are never split.</summary>
    public CliticAnalyzer(Func<string, bool>? isProtected = null)
    {
        _isProtected = isProtected ?? (_ => false);
    }

    /// <summary>An analyser that protects no words.</summary>
    public static CliticAnalyzer Plain { get; } = new();

    // distinct words met more than once so far, each analysed once; bounded so that a long run over open vocabulary
    // stays small (the frequent words come early). A word outside the table is analysed afresh when met, and shared by
    // its repeats for as long as it stays among the thread's recent words.
    private const int MaxCachedWords = 50_000;
    private readonly WordTable _words = new();
    private readonly WordDoorkeeper _doorkeeper = new();

    private readonly ThreadLocal<RecentWords> _recent = new(() => new RecentWords());

    /// <summary>This thread's table of recent words, fetched once per text by <see cref="Tokenizer"/>.</summary>
    internal RecentWords RecentForThread() => _recent.Value!;

    /// <summary>The shared facts about a folded word (readings, lexicon mask, memos); its string is made only when the word is new.</summary>
    internal WordInfo Word(ReadOnlySpan<char> folded, TokenKind kind) => Word(folded, WordTable.HashOf(folded), kind, RecentForThread(), out _);

    /// <summary>As <see cref="Word(ReadOnlySpan{char}, TokenKind)"/> with the hash and the thread's recent words in hand; <paramref name="foldedString"/> is the word's string.</summary>
    internal WordInfo Word(ReadOnlySpan<char> folded, int hash, TokenKind kind, RecentWords recent, out string foldedString)
    {
        var word = recent.Find(folded, hash, kind, out var known);
        if (word is null) return NotRecent(folded, hash, kind, recent, out foldedString);
        foldedString = known!;
        return word;
    }

    /// <summary>Starts bringing the shared table's slot for this hash into the cache (see <see cref="WordTable.Touch"/>).</summary>
    internal void Touch(int hash) => _words.Touch(hash);

    /// <summary>The word of a token that its thread's recent words do not hold: from the shared table, or analysed afresh.</summary>
    internal WordInfo NotRecent(ReadOnlySpan<char> folded, int hash, TokenKind kind, RecentWords recent, out string foldedString)
    {
        var word = _words.Find(folded, hash, kind, out var known);
        // a word found in the table is shared; one made here is read while at hand (not later, when it has gone cold)
        bool shared = true;
        if (word is null)
        {
            word = recent.Spilled(folded) ?? new WordInfo(folded.ToString(), kind, this);
            // past the bound a new word is still remembered among the recent ones, so its repeats in the same text share it
            if (_words.Count < MaxCachedWords && _doorkeeper.SeenBefore(hash)) word = _words.Add(word, hash);
            known = word.Folded;
            shared = word.Shared;
        }
        recent.Remember(hash, kind, folded, known!, word, shared);
        foldedString = known!;
        return word;
    }

    /// <summary>All readings of a folded word, the whole word first, then by increasing prefix length.</summary>
    public CliticReadings Analyze(string folded)
    {
        // most words cannot start with a proclitic: answer them without a protected-word lookup
        if (folded.Length <= MinStem || !CanStartPrefix(folded[0]) || _isProtected(folded)) return new(folded);
        var whole = new CliticReading("", folded, false);
        // candidate prefixes as (length << 1 | article), kept sorted by length; at most a handful
        Span<int> found = stackalloc int[8];
        int n = 0;
        int conjunctions = folded[0] is 'و' or 'ف' ? 1 : 0;
        for (int conj = 0; conj <= conjunctions; conj++)
        {
            if (conj > 0) Candidate(folded, found, ref n, conj, false);
            // the article right after the conjunction: "وال", "فال", "ال"
            if (At(folded, conj, 'ا') && At(folded, conj + 1, 'ل')) Candidate(folded, found, ref n, conj + 2, true);
            if (conj < folded.Length && folded[conj] is 'ب' or 'ل' or 'ك')
            {
                int p = conj + 1;
                Candidate(folded, found, ref n, p, false);
                // ل+ال is written "لل"; ب and ك take the article as "بال", "كال"
                if (folded[conj] == 'ل') { if (At(folded, p, 'ل')) Candidate(folded, found, ref n, p + 1, true); }
                else if (At(folded, p, 'ا') && At(folded, p + 1, 'ل')) Candidate(folded, found, ref n, p + 2, true);
            }
            // future marker before an imperfect verb: وسيعقد -> و+س+يعقد
            if (folded.Length > conj + 1 && folded[conj] == 'س' && IsImperfectPrefix(folded, conj + 1))
                Candidate(folded, found, ref n, conj + 1, false);
        }
        if (n == 0) return new(folded);
        var readings = new CliticReading[n + 1];
        readings[0] = whole;
        for (int k = 0; k < n; k++)
        {
            int prefix = found[k] >> 1;
            readings[k + 1] = new CliticReading(Prefix(folded, prefix), folded[prefix..], (found[k] & 1) == 1);
        }
        return new(readings);
    }

    private static bool CanStartPrefix(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك' or 'ا' or 'س';

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    private static void Candidate(string folded, Span<int> found, ref int n, int prefixLength, bool article)
    {
        if (folded.Length - prefixLength < MinStem) return;
        int i = 0;
        while (i < n && found[i] >> 1 < prefixLength) i++;
        if (i < n && found[i] >> 1 == prefixLength) return; // one reading per prefix length
        for (int k = n; k > i; k--) found[k] = found[k - 1];
        found[i] = prefixLength << 1 | (article ? 1 : 0);
        n++;
    }

    // prefixes are a few letters from a closed set (و ف ب ل ك ا س), so each distinct one is made once and shared
    private static readonly string?[] Prefixes = new string?[1 << 15];

    private static string Prefix(string folded, int length)
    {
        if (length > 4) return folded[..length];
        int key = length;
        for (int i = 0; i < length; i++)
        {
            int letter = PrefixLetter(folded[i]);
            if (letter == 0) return folded[..length];
            key = key << 3 | letter;
        }
        return Prefixes[key] ??= folded[..length];
    }

    private static int PrefixLetter(char c) => c switch
    {
        'و' => 1,
        'ف' => 2,
        'ب' => 3,
        'ل' => 4,
        'ك' => 5,
        'ا' => 6,
        'س' => 7,
        _ => 0,
    };

    private static bool IsImperfectPrefix(string s, int i) =>
        i < s.Length - 2 && s[i] is 'ي' or 'ت' or 'ن' or 'ا';
}
