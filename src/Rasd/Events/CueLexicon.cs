using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>A phrase list from a data table, matched over tokens with clitics, each phrase carrying one row.</summary>
public sealed class CueLexicon
{
    private readonly TokenTrie<string[]> _trie = new();
    private readonly TsvTable _table;

    // this lexicon's place in each analysis's CueCache (an array index, not a dictionary key hashed at every ask)
    private static int _lexicons;
    private readonly int _id = Interlocked.Increment(ref _lexicons) - 1;

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
        var bySentence = cache.Of(_id, analysis.Sentences.Count);
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
    // per lexicon (by its id), per sentence: the matches, once scanned
    private List<TrieMatch<string[]>>?[]?[] _byLexicon = new List<TrieMatch<string[]>>?[]?[4];

    /// <summary>The per-sentence matches of the lexicon with id <paramref name="lexicon"/>, made on first ask.</summary>
    internal List<TrieMatch<string[]>>?[] Of(int lexicon, int sentences)
    {
        if (lexicon >= _byLexicon.Length) Array.Resize(ref _byLexicon, Math.Max(lexicon + 1, 2 * _byLexicon.Length));
        return _byLexicon[lexicon] ??= new List<TrieMatch<string[]>>?[sentences];
    }
}
