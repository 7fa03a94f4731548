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

    /// <summary>Cue matches in one sentence, computed once per analysis (mode, role and attribution cues are asked for every trigger).</summary>
    public IReadOnlyList<TrieMatch<string[]>> InSentence(Pipeline.Analysis analysis, Sentence sentence)
    {
        var cache = analysis.Get<CueCache>();
        if (cache is null) analysis.Set(cache = new CueCache());
        var key = (this, sentence.Index);
        if (!cache.Matches.TryGetValue(key, out var found))
            cache.Matches[key] = found = Matches(analysis.Tokens, sentence.FirstToken, sentence.EndToken).ToList();
        return found;
    }

    /// <summary>Cue matches in tokens [from, to).</summary>
    public IEnumerable<TrieMatch<string[]>> Matches(IReadOnlyList<Token> tokens, int from, int to) => _trie.MatchAll(tokens, Math.Max(0, from), to);
}

/// <summary>Per-analysis memo of cue matches by lexicon and sentence.</summary>
public sealed class CueCache
{
    public Dictionary<(CueLexicon, int), List<TrieMatch<string[]>>> Matches { get; } = [];
}
