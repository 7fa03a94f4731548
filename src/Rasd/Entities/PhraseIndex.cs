using Rasd.Text;

namespace Rasd.Entities;

/// <summary>A match of a phrase index: tokens [FirstToken, EndToken) and every entry sharing that phrase.</summary>
public readonly record struct PhraseMatch(int FirstToken, int EndToken, IReadOnlyList<EntityEntry> Entries, int PrefixLength);

/// <summary>
/// A trie of folded token phrases holding several entries per phrase (ambiguous place names).
/// Unlike a plain stem lookup, a word with the article only matches entries that have it: "السورية" is not "سورية".
/// </summary>
public sealed class PhraseIndex
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<EntityEntry>? Entries;
    }

    private readonly Node _root = new();
    private readonly ulong _bit = Lexicons.FirstKeyIndex.NewBit();
    private static readonly Tokenizer PlainTokenizer = new(CliticAnalyzer.Plain);

    /// <summary>This index's first-key bit: a word whose lexicon mask lacks it starts no phrase.</summary>
    internal ulong Bit => _bit;

    public int Count { get; private set; }

    /// <summary>Folded tokens of a phrase as the index keys it.</summary>
    public static string[] Keys(string phrase) => PlainTokenizer.Tokenize(phrase).Select(t => t.Folded).ToArray();

    public void Add(string phrase, EntityEntry entry) => Add(Keys(phrase), entry);

    public void Add(IReadOnlyList<string> keys, EntityEntry entry)
    {
        if (keys.Count == 0) return;
        Lexicons.FirstKeyIndex.Add(keys[0], _bit);
        var node = _root;
        foreach (var k in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(k, out var next)) node.Children[k] = next = new Node();
            node = next;
        }
        node.Entries ??= [];
        if (!node.Entries.Contains(entry)) { node.Entries.Add(entry); Count++; }
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>; the first token may carry proclitics (و ف ب ل, and ال only if the entry has it).</summary>
    public PhraseMatch? Match(IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue)
    {
        if (_root.Children is null || start >= tokens.Count) return null;
        var first = tokens[start];
        if (!first.IsWord && !first.IsNumber) return null;
        // the key of each reading (with the article when it has one) is among the keys the word's mask covers
        if ((first.Word.LexiconMask & _bit) == 0) return null;
        int end = Math.Min(limit, tokens.Count);
        // the best match so far as plain locals: the match is made once, at the end (this runs several times per token)
        List<EntityEntry>? bestEntries = null;
        int bestEnd = 0, bestPrefix = 0;
        foreach (var r in first.Readings)
        {
            var key = r.HasArticle ? r.StemWithArticle : r.Stem;
            if (!_root.Children.TryGetValue(key, out var node)) continue;
            var entries = Walk(tokens, start, end, node, out int walkEnd);
            if (entries is not null && (bestEntries is null || walkEnd > bestEnd))
            {
                bestEntries = entries;
                bestEnd = walkEnd;
                bestPrefix = r.HasArticle ? r.PrefixLength - 2 : r.PrefixLength;
            }
            // a whole word in the lexicon is never split ("بنش" is not ب+نش)
            if (bestEntries is not null && r.PrefixLength == 0) break;
        }
        return bestEntries is null ? null : new PhraseMatch(start, bestEnd, bestEntries, bestPrefix);
    }

    /// <summary>The entries of the longest phrase from <paramref name="node"/> (the first token's node) on, and its end token; null when none.</summary>
    private List<EntityEntry>? Walk(IReadOnlyList<Token> tokens, int start, int end, Node node, out int matchEnd)
    {
        List<EntityEntry>? best = node.Entries is { Count: > 0 } ? node.Entries : null;
        matchEnd = start + 1;
        int i = start + 1;
        bool opened = false;
        while (i < end && node.Children is not null)
        {
            // 'مركز "المصالحة الروسي"': a quote mark may open (not close) the name's last words, unless those words are a name of their
            // own ('تنظيم "الدولة الإسلامية"' stays the group's name, as it always was)
            int k = tokens[i].IsQuoteMark && tokens[i].SpaceBefore && i + 1 < end && !tokens[i + 1].SpaceBefore && Match(tokens, i + 1, end) is null ? i + 1 : i;
            if (!node.Children.TryGetValue(tokens[k].Folded, out var next)) break;
            opened |= k > i;
            node = next;
            i = k + 1;
            if (node.Entries is { Count: > 0 })
            {
                best = node.Entries;
                matchEnd = i;
            }
        }
        // the quote that opened the name's last words closes it too: the name is 'مركز "المصالحة الروسي"', not half a quote
        if (opened && best is not null && matchEnd < end && tokens[matchEnd].IsQuoteMark && !tokens[matchEnd].SpaceBefore) matchEnd++;
        return best;
    }
}
