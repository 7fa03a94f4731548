using System.Text;

namespace Rasd.Ner;

/// <summary>Unsupervised word clusters: for each folded word, its cluster at three granularities (coarse, mid, fine), like Brown-cluster prefixes.</summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, (int Coarse, int Mid, int Fine)> _map;

    public WordClusters(IDictionary<string, (int Coarse, int Mid, int Fine)> map)
    {
        _map = new Dictionary<string, (int, int, int)>(map, StringComparer.Ordinal);
    }

    public static WordClusters Empty { get; } = new(new Dictionary<string, (int, int, int)>());

    public int Count => _map.Count;

    public IEnumerable<KeyValuePair<string, (int Coarse, int Mid, int Fine)>> Entries => _map;

    public bool TryGet(string folded, out (int Coarse, int Mid, int Fine) cluster) => _map.TryGetValue(folded, out cluster);

    /// <summary>Writes the cluster file: a TSV with header word, coarse, mid, fine.</summary>
    public void Save(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("word\tcoarse\tmid\tfine\n");
        foreach (var (word, c) in _map.OrderBy(e => e.Value.Fine).ThenBy(e => e.Key, StringComparer.Ordinal))
            w.Write($"{word}\t{c.Coarse}\t{c.Mid}\t{c.Fine}\n");
    }

    /// <summary>Reads a cluster file written by <see cref="Save"/> (words are folded again, so a hand-made file works too).</summary>
    public static WordClusters Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"cluster file not found: {path}", path);
        var map = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        bool header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (header) { header = false; continue; }
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            if (cells.Length < 4) throw new InvalidDataException($"{path}: expected word, coarse, mid, fine in line '{line}'");
            map[Text.ArabicFolding.FoldString(cells[0])] = (int.Parse(cells[1]), int.Parse(cells[2]), int.Parse(cells[3]));
        }
        return new WordClusters(map);
    }
}
