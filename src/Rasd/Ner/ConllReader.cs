using System.Text;

namespace Rasd.Ner;

/// <summary>
/// Reads CoNLL-style NER files: one "TOKEN TAG" (space or tab) per line, blank line between sentences.
/// Copes with the quirks of the Arabic corpora: BOM, CRLF, LRM/RLM marks around tokens (NewsFANE, ANERcorp original),
/// tokens that are only marks or empty (dropped), tag typos, and files with no blank lines at all (split after runs of ".").
/// </summary>
public static class ConllReader
{
    private static readonly char[] Separators = ['\t', ' '];

    /// <summary>Reads a file (UTF-8, with or without BOM).</summary>
    public static List<NerSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        return Parse(File.ReadAllText(path, new UTF8Encoding(false)));
    }

    /// <summary>Parses the whole text of a CoNLL file.</summary>
    public static List<NerSentence> Parse(string text)
    {
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        bool sawBlank = false;
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new NerSentence([.. tokens], [.. tags]));
            tokens.Clear();
            tags.Clear();
        }
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            if (nl < 0) nl = text.Length;
            var line = text.AsSpan(pos, nl - pos);
            pos = nl + 1;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            var clean = StripMarks(line).TrimEnd();
            if (clean.Length == 0)
            {
                // a line of marks only is a dropped token, not a sentence break; only a truly empty line separates
                if (line.Trim().Length == 0) { sawBlank = true; Flush(); }
                continue;
            }
            int sep = clean.LastIndexOfAny(Separators);
            if (sep < 0) continue; // a tag without a token, or a token without a tag: nothing to learn from
            var token = clean[..sep].Trim();
            var tag = clean[(sep + 1)..];
            if (token.Length == 0) continue; // " O" lines of the original ANERcorp
            tokens.Add(token);
            tags.Add(BioTags.Normalize(tag));
        }
        Flush();
        return sawBlank ? sentences : SplitAfterPeriods(sentences);
    }

    /// <summary>Strips bidi and zero-width marks and the BOM anywhere in the line.</summary>
    private static string StripMarks(ReadOnlySpan<char> line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
            if (!IsMark(c)) sb.Append(c);
        return sb.ToString();
    }

    private static bool IsMark(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>CAMeL rule for unsegmented corpora: a sentence ends after every run of one or more "." tokens.</summary>
    private static List<NerSentence> SplitAfterPeriods(List<NerSentence> blocks)
    {
        var result = new List<NerSentence>();
        foreach (var b in blocks)
        {
            int start = 0;
            for (int i = 0; i < b.Count; i++)
            {
                bool period = b.Tokens[i] == ".";
                bool nextPeriod = i + 1 < b.Count && b.Tokens[i + 1] == ".";
                if (period && !nextPeriod)
                {
                    result.Add(new NerSentence(b.Tokens[start..(i + 1)], b.Tags[start..(i + 1)]));
                    start = i + 1;
                }
            }
            if (start < b.Count) result.Add(new NerSentence(b.Tokens[start..], b.Tags[start..]));
        }
        return result;
    }
}
