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

    /// <summary>Cue matches in tokens [from, to).</summary>
    public IEnumerable<TrieMatch<string[]>> Matches(IReadOnlyList<Token> tokens, int from, int to) => _trie.MatchAll(tokens, Math.Max(0, from), to);
}
