using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>The default gazetteer: a token trie over entries, built from whichever of Rasd's embedded lexicons exist.</summary>
public sealed class NerGazetteer : INerGazetteer
{
    private static readonly char[] AliasSeparators = ['|', ';', '،'];
    private readonly TokenTrie<string[]> _trie = new();
    private readonly List<GazetteerEntry> _entries;
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    public NerGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        var byPhrase = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var tokenizer = new Tokenizer();
        _entries = [];
        foreach (var e in entries)
        {
            var keys = tokenizer.Tokenize(e.Phrase).Select(t => t.Folded).ToArray();
            if (keys.Length == 0) continue;
            var key = string.Join(' ', keys);
            if (!byPhrase.TryGetValue(key, out var cats)) byPhrase[key] = cats = new SortedSet<string>(StringComparer.Ordinal);
            if (cats.Add(e.Category)) _entries.Add(new GazetteerEntry(e.Category, key));
        }
        foreach (var (phrase, cats) in byPhrase)
        {
            var keys = phrase.Split(' ');
            _trie.Add(keys, [.. cats]);
            _firstWords.Add(keys[0]);
            if (keys[0].StartsWith("ال", StringComparison.Ordinal) && keys[0].Length > 3) _firstWords.Add(keys[0][2..]);
        }
    }

    /// <summary>An empty gazetteer (for ablations and tests).</summary>
    public static NerGazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    public IReadOnlyList<GazetteerHit> Find(IReadOnlyList<Token> tokens) => Find(tokens, null);

    /// <summary>Every match; <paramref name="mayStart"/> (token index → <see cref="MayStart"/> of it) lets a caller supply cached pre-checks.</summary>
    public IReadOnlyList<GazetteerHit> Find(IReadOnlyList<Token> tokens, Func<int, bool>? mayStart)
    {
        if (_entries.Count == 0) return [];
        List<GazetteerHit>? hits = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!(mayStart?.Invoke(i) ?? MayStart(tokens[i]))) continue;
            if (_trie.Match(tokens, i) is not { } m) continue;
            foreach (var c in m.Value) (hits ??= []).Add(new GazetteerHit(m.FirstToken, m.TokenCount, c));
        }
        return hits ?? (IReadOnlyList<GazetteerHit>)[];
    }

    /// <summary>Whether a match may start at this token (a word whose form, minus proclitics, begins some entry).</summary>
    public bool MayStart(Token token) => _entries.Count > 0 && token.IsWord && MayStartEntry(token.Folded);

    /// <summary>A cheap pre-check before the trie (which computes clitic readings): does the word, minus up to 5 proclitic chars, start an entry?</summary>
    private bool MayStartEntry(string folded)
    {
        var lookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int p = 0; p <= Math.Min(5, folded.Length - 2); p++)
            if (lookup.Contains(folded.AsSpan(p))) return true;
        return folded.Length < 2 && lookup.Contains(folded);
    }

    /// <summary>
    /// Loads the tables listed in data/ner_gazetteer_tables.tsv that are embedded in this build, skipping absent ones,
    /// so the tagger works before and after the entity lexicons arrive.
    /// </summary>
    public static NerGazetteer LoadDefault(IEnumerable<GazetteerEntry>? extra = null)
    {
        var embedded = TsvTable.EmbeddedNames().ToHashSet(StringComparer.Ordinal);
        var entries = new List<GazetteerEntry>();
        var map = TsvTable.LoadEmbedded("ner_gazetteer_tables");
        foreach (var row in map.Rows)
        {
            var table = map.Cell(row, "table");
            if (!embedded.Contains(table)) continue;
            entries.AddRange(ReadTable(TsvTable.LoadEmbedded(table), map.Cell(row, "category"), map.Cell(row, "name_columns")));
        }
        if (extra is not null) entries.AddRange(extra);
        return new NerGazetteer(entries);
    }

    /// <summary>
    /// Entries of one table. <paramref name="category"/> "column:X" takes each row's category from column X;
    /// <paramref name="nameColumns"/> "*" takes every cell holding Arabic letters (aliases split on | ; ،).
    /// </summary>
    public static IEnumerable<GazetteerEntry> ReadTable(TsvTable table, string category, string nameColumns)
    {
        int[] columns = nameColumns is "" or "*"
            ? [.. Enumerable.Range(0, table.Header.Count)]
            : [.. nameColumns.Split(',', StringSplitOptions.TrimEntries).Where(c => table.Header.Contains(c, StringComparer.OrdinalIgnoreCase)).Select(table.Column)];
        string? categoryColumn = category.StartsWith("column:", StringComparison.Ordinal) ? category["column:".Length..] : null;
        foreach (var row in table.Rows)
        {
            var cat = categoryColumn is null ? category : table.Cell(row, categoryColumn);
            if (cat.Length == 0) continue;
            foreach (int c in columns)
            {
                if (c >= row.Length || !HasArabic(row[c])) continue;
                foreach (var alias in row[c].Split(AliasSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (HasArabic(alias)) yield return new GazetteerEntry(cat, alias);
            }
        }
    }

    /// <summary>
    /// Entries of a user-supplied list (TSV, or CSV when the name ends in .csv): every cell holding Arabic letters, under one category.
    /// A header line is read like any other; it rarely holds Arabic.
    /// </summary>
    public static IEnumerable<GazetteerEntry> ReadFile(string path, string category)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"gazetteer file not found: {path}", path);
        char sep = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            foreach (var cell in line.Split(sep))
            {
                if (!HasArabic(cell)) continue;
                foreach (var alias in cell.Trim('"').Split(AliasSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (HasArabic(alias)) yield return new GazetteerEntry(category, alias);
            }
        }
    }

    private static bool HasArabic(string s)
    {
        foreach (var c in s)
            if (c is >= '\u0621' and <= '\u064A') return true;
        return false;
    }
}
