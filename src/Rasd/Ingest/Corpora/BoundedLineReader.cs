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
}
