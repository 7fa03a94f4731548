using System.Text;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Builds gazetteer name lists from annotated corpora (every entity string, by type) or from raw text tagged by a model
/// (names it finds often and with one type). Lists are written as "category TAB name" TSV files for `rasd train ner --names`.
/// </summary>
public static class NameHarvester
{
    /// <summary>Entity strings of an annotated corpus, one entry per distinct (category, folded phrase):
    /// "PREFIX+TYPE" for the whole span, and for persons of 2+ tokens "PREFIX+PER-first" (a given name) and "PREFIX+PER-last" (a family name).</summary>
    public static List<GazetteerEntry> FromConll(IEnumerable<NerSentence> sentences, string prefix)
    {
        var seen = new HashSet<GazetteerEntry>();
        var result = new List<GazetteerEntry>();
        void Add(string category, IEnumerable<string> words)
        {
            var phrase = Phrase(words);
            if (phrase.Length > 0 && seen.Add(new GazetteerEntry(category, phrase))) result.Add(new GazetteerEntry(category, phrase));
        }
        foreach (var s in sentences)
        {
            foreach (var (type, start, end) in BioTags.Chunks(s.Tags))
            {
                var words = s.Tokens[start..end];
                Add(prefix + type, words);
                if (type == "PER" && words.Length >= 2)
                {
                    Add(prefix + "PER-first", [words[0]]);
                    Add(prefix + "PER-last", [words[^1]]);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Names a model finds in raw texts: phrases tagged at least <paramref name="minCount"/> times, with one type in at least
    /// <paramref name="minShare"/> of those, under "PREFIX+TYPE" (and first/last tokens of persons, counted the same way).
    /// A leading proclitic (و ب ل ف ك) is stripped when the bare phrase was also found, so "ولندن" counts for "لندن".
    /// </summary>
    public static List<GazetteerEntry> FromTagged(NerModel model, IEnumerable<string> texts, string prefix, int minCount = 3, double minShare = 0.7,
        Action<string>? log = null, TextWriter? tagged = null)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Count(string phrase, string type)
        {
            if (!phrase.Any(char.IsLetter)) return; // "#", "_": tokenizer debris, not names
            if (!counts.TryGetValue(phrase, out var byType)) counts[phrase] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
            byType[type] = byType.GetValueOrDefault(type) + 1;
        }
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        int docs = 0;
        long tokensSeen = 0;
        foreach (var text in texts)
        {
            var tokens = tokenizer.Tokenize(text);
            var sentences = new List<IReadOnlyList<Token>>();
            var surfaces = new List<IReadOnlyList<string>>();
            foreach (var sentence in splitter.Split(text, tokens))
            {
                if (sentence.TokenCount == 0) continue;
                var span = new Token[sentence.TokenCount];
                var surface = new string[sentence.TokenCount];
                for (int i = 0; i < span.Length; i++)
                {
                    span[i] = tokens[sentence.FirstToken + i];
                    surface[i] = span[i].Span.Of(text);
                }
                sentences.Add(span);
                surfaces.Add(surface);
            }
            var tags = model.TagDocument(sentences, surfaces);
            if (tagged is not null) WriteConll(tagged, surfaces, tags);
            for (int s = 0; s < sentences.Count; s++)
            {
                foreach (var (type, start, end) in BioTags.Chunks(tags[s]))
                {
                    var words = sentences[s].Skip(start).Take(end - start).Select(t => t.Folded).ToArray();
                    Count(Phrase(words), type);
                    if (type == "PER" && words.Length >= 2)
                    {
                        Count(Phrase([words[0]]), "PER-first");
                        Count(Phrase([words[^1]]), "PER-last");
                    }
                }
            }
            tokensSeen += tokens.Count;
            if (++docs % 5000 == 0) log?.Invoke($"{docs} documents, {tokensSeen} tokens, {counts.Count} distinct names");
        }
        MergeClitics(counts);
        var result = new List<GazetteerEntry>();
        foreach (var (phrase, byType) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            // the span types and the first/last-token roles are judged separately: a surname is often also a whole PER span
            foreach (var group in new[] { byType.Where(kv => !kv.Key.StartsWith("PER-", StringComparison.Ordinal)), byType.Where(kv => kv.Key.StartsWith("PER-", StringComparison.Ordinal)) })
            {
                var list = group.ToList();
                int total = list.Sum(kv => kv.Value);
                if (total < minCount) continue;
                var best = list.MaxBy(kv => kv.Value);
                if (best.Value >= minShare * total) result.Add(new GazetteerEntry(prefix + best.Key, phrase));
            }
        }
        return result;
    }

    /// <summary>Machine-tagged sentences as CoNLL (self-training data): sentences of 5–80 tokens that hold at least one name.</summary>
    private static void WriteConll(TextWriter w, List<IReadOnlyList<string>> surfaces, string[][] tags)
    {
        for (int s = 0; s < surfaces.Count; s++)
        {
            if (surfaces[s].Count is < 5 or > 80 || tags[s].All(t => t == BioTags.Outside)) continue;
            for (int i = 0; i < surfaces[s].Count; i++)
                if (!surfaces[s][i].Any(char.IsWhiteSpace)) w.WriteLine($"{surfaces[s][i]} {tags[s][i]}");
            w.WriteLine();
        }
    }

    /// <summary>Moves the counts of "و/ب/ل/ف/ك + phrase" onto the bare phrase when the bare phrase was found too.</summary>
    private static void MergeClitics(Dictionary<string, Dictionary<string, int>> counts)
    {
        foreach (var phrase in counts.Keys.ToList())
        {
            if (phrase.Length < 4 || "وبلفك".IndexOf(phrase[0]) < 0) continue;
            var bare = phrase[1..];
            if (bare.Length > 0 && bare[0] == 'ل' && phrase[0] == 'ل' && counts.ContainsKey("ا" + bare)) bare = "ا" + bare; // لل = ل + ال
            if (!counts.TryGetValue(bare, out var target)) continue;
            foreach (var (type, n) in counts[phrase]) target[type] = target.GetValueOrDefault(type) + n;
            counts.Remove(phrase);
        }
    }

    /// <summary>Folded, space-joined words with glued punctuation stripped from the edges ("" when nothing is left).</summary>
    private static string Phrase(IEnumerable<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var f = ArabicFolding.FoldString(w).Trim().Trim(EdgePunctuation);
            if (f.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(f);
        }
        return sb.ToString();
    }

    private static readonly char[] EdgePunctuation = ['.', ',', '،', '؛', ';', ':', '"', '\'', '(', ')', '«', '»', '[', ']', '!', '?', '؟', '-'];

    /// <summary>Writes entries as "category TAB name" with a header line.</summary>
    public static void Save(IEnumerable<GazetteerEntry> entries, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.WriteLine("category\tname");
        foreach (var e in entries) w.WriteLine($"{e.Category}\t{e.Phrase}");
    }

    /// <summary>Reads a "category TAB name" list (header line and '#' comments skipped).</summary>
    public static List<GazetteerEntry> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"name list not found: {path}", path);
        var result = new List<GazetteerEntry>();
        bool header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            if (header) { header = false; continue; }
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new InvalidDataException($"{path}: want 'category<TAB>name', got '{line}'");
            result.Add(new GazetteerEntry(line[..tab], line[(tab + 1)..]));
        }
        return result;
    }
}
