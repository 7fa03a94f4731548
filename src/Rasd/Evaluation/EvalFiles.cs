using System.Text;

namespace Rasd.Evaluation;

/// <summary>Files read as score.py reads them: strict UTF-8 with an optional BOM, universal newlines, failures as null.</summary>
public static class EvalFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The NAME.gold.json entries of a folder in Python's sort order; none when it is not a folder.</summary>
    public static List<string> GoldFiles(string dir)
    {
        if (!Directory.Exists(dir)) return [];
        var files = Directory.EnumerateFileSystemEntries(dir)
            .Where(p => Path.GetFileName(p).EndsWith(".gold.json", StringComparison.Ordinal))
            .ToList();
        files.Sort(PyText.CompareCodePoints);
        return files;
    }

    /// <summary>The article name of a NAME.gold.json path.</summary>
    public static string NameOf(string goldPath) => Path.GetFileName(goldPath)[..^".gold.json".Length];

    /// <summary>Path.read_text(encoding="utf-8-sig"): null when it cannot be read or decoded.</summary>
    public static string? ReadText(string path)
    {
        try
        {
            return Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Strict UTF-8, one leading BOM dropped, \r\n and \r read as \n (Python's text mode).</summary>
    public static string Decode(byte[] bytes)
    {
        var text = StrictUtf8.GetString(bytes);
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>score.py's load_json: the parsed value, or null when the file cannot be read, decoded or parsed.</summary>
    public static object? LoadJson(string path)
    {
        var text = ReadText(path);
        if (text is null) return null;
        try
        {
            return PyJson.Parse(text);
        }
        catch (PyJsonException)
        {
            return null;
        }
    }
}
