using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>A phrase list from a data table, matched over tokens with clitics, each phrase carrying one row.</summary>
public sealed class CueLexicon
{
    private readonly TokenTrie<string[]> _trie = new();
    private readonly TsvTable _table;

    public CueLexicon(TsvTable table)
    {
        _table = table;
        foreach (var row in table.Rows) _trie.Add(row[0], row);
    }

    public static CueLexicon Load(string name) => new(TsvTable.LoadEmbedded(name));

    public string Cell(string[] row, string column) => _table.Cell(row, column);

    /// <summary>The index of a named column, for readers that ask a column of every match (see <see cref="TsvTable.Column"/>).</summary>
    public int Column(string column) => _table.Column(column);

    /// <summary>Every row of the table, in order.</summary>
    public IReadOnlyList<string[]> Rows => _table.Rows;

    /// <summary>Cue matches in one sentence, computed once per analysis (mode, role and attribution cues are asked for every trigger).</summary>
    /// <remarks>The list is the cached one: read it, never change it.</remarks>
    public List<TrieMatch<string[]>> InSentence(Pipeline.Analysis analysis, Sentence sentence)
    {
        var cache = analysis.Get<CueCache>();
        if (cache is null) analysis.Set(cache = new CueCache());
        if (!cache.Matches.TryGetValue(this, out var bySentence))
            cache.Matches[this] = bySentence = new List<TrieMatch<string[]>>?[analysis.Sentences.Count];
        return bySentence[sentence.Index] ??= Scan(analysis, sentence.FirstToken, sentence.EndToken);
    }

    // a sentence without cues (most sentences, for most lexicons) shares this list (read only)
    private static readonly List<TrieMatch<string[]>> None = [];

    // matches are gathered here and copied into a list of their exact size (no list grown from four per sentence)
    [ThreadStatic]
    private static List<TrieMatch<string[]>>? _scratch;

    private List<TrieMatch<string[]>> Scan(Pipeline.Analysis analysis, int from, int to)
    {
        var scratch = _scratch ??= [];
        scratch.Clear();
        foreach (var m in _trie.Scan(analysis.Tokens, TokenMasks.For(analysis), Math.Max(0, from), to)) scratch.Add(m);
        if (scratch.Count == 0) return None;
        var found = new List<TrieMatch<string[]>>(scratch.Count);
        found.AddRange(scratch);
        return found;
    }
}

/// <summary>Per-analysis memo of cue matches by lexicon and sentence.</summary>
public sealed class CueCache
{
    public Dictionary<CueLexicon, List<TrieMatch<string[]>>?[]> Matches { get; } = [];
}
