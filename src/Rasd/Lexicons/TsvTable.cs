using System.Reflection;

namespace Rasd.Lexicons;

/// <summary>A language-data table read from <c>data/NAME.tsv</c>: a header line naming the columns, then rows; '#' lines are comments.</summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    public TsvTable(string name, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Index of a named column; throws with the table name if it is missing.</summary>
    public int Column(string name) =>
        _columns.TryGetValue(name, out var i) ? i : throw new InvalidDataException($"data/{Name}.tsv has no column '{name}' (columns: {string.Join(", ", Header)})");

    /// <summary>The cell of a row in a named column, or "" when the row is short.</summary>
    public string Cell(string[] row, string column)
    {
        int i = Column(column);
        return i < row.Length ? row[i] : "";
    }

    /// <summary>The folded <paramref name="valueColumn"/> of the rows whose <paramref name="keyColumn"/> is <paramref name="key"/>
    /// (a table of several word kinds, such as the parts of a frame).</summary>
    public HashSet<string> FoldedWhere(string keyColumn, string key, string valueColumn) =>
        [.. Rows.Where(r => Cell(r, keyColumn) == key).Select(r => Text.ArabicFolding.FoldString(Cell(r, valueColumn)))];

    /// <summary>The folded first column of embedded data/<paramref name="name"/>.tsv: a word list.</summary>
    public static HashSet<string> FoldedWords(string name) =>
        [.. LoadEmbedded(name).Rows.Select(r => Text.ArabicFolding.FoldString(r[0]))];

    /// <summary>Loads an embedded table by name (without extension).</summary>
    public static TsvTable LoadEmbedded(string name)
    {
        var asm = typeof(TsvTable).Assembly;
        using var stream = asm.GetManifestResourceStream($"Rasd.data.{name}.tsv")
            ?? throw new InvalidDataException($"embedded data/{name}.tsv not found");
        using var reader = new StreamReader(stream);
        return Parse(name, reader);
    }

    /// <summary>Loads a table from a file on disk (user-supplied data).</summary>
    public static TsvTable LoadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(Path.GetFileNameWithoutExtension(path), reader);
    }

    /// <summary>Names of all embedded tables.</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        typeof(TsvTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Rasd.data.", StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => n["Rasd.data.".Length..^".tsv".Length]);

    public static TsvTable Parse(string name, TextReader reader)
    {
        string? headerLine = reader.ReadLine() ?? throw new InvalidDataException($"data/{name}.tsv is empty");
        var header = headerLine.TrimStart('\uFEFF').TrimStart('#', ' ').Split('\t');
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            for (int i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            rows.Add(cells);
        }
        return new TsvTable(name, header, rows);
    }
}
