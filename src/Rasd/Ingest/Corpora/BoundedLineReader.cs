using System.Text;

namespace Rasd.Ingest.Corpora;

/// <summary>Reads lines with a cap on their length, so one giant line cannot exhaust memory; an over-long line is skipped and reported.</summary>
public sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line; <paramref name="tooLong"/> is true (and the line empty) when it exceeded the cap. Null at the end.</summary>
    public string? Read(out bool tooLong)
    {
        tooLong = false;
        _line.Clear();
        int c;
        bool any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n') break;
            if (c == '\r') { if (reader.Peek() == '\n') reader.Read(); break; }
            if (tooLong) continue;
            if (_line.Length >= maxChars) { tooLong = true; _line.Clear(); continue; }
            _line.Append((char)c);
        }
        if (!any) return null;
        LineNumber++;
        return _line.ToString();
    }

    /// <summary>
    /// Every line with its number; corrupt or truncated data (a cut gzip) ends the sequence with one failed item naming
    /// where it stopped and that the <paramref name="unit"/> before it were read.
    /// </summary>
    public IEnumerable<(string? Line, bool TooLong, int Number, SourceItem? Failure)> ReadAll(string path, string unit)
    {
        while (true)
        {
            string? line;
            bool tooLong = false;
            string? failure = null;
            try { line = Read(out tooLong); }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                line = null;
                failure = $"{path}: corrupt or truncated data after line {LineNumber} ({e.Message}); the {unit} before it were read";
            }
            if (failure is not null) { yield return (null, false, LineNumber + 1, SourceItem.Failed($"{path}#{LineNumber + 1}", failure)); yield break; }
            if (line is null) yield break;
            yield return (line, tooLong, LineNumber, null);
        }
    }
}
