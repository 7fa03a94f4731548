using Rasd.Text;

namespace Rasd.Lexicons;

/// <summary>A match of a multi-token lexicon entry over tokens [FirstToken, FirstToken + TokenCount).</summary>
public readonly record struct TrieMatch<T>(int FirstToken, int TokenCount, T Value, CliticReading FirstReading)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A trie over folded token strings for longest-match lookup of multi-word phrases; the first token may carry proclitics.</summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();
    private readonly Tokenizer _tokenizer = new();
    private readonly ulong _bit = FirstKeyIndex.NewBit();

    /// <summary>This trie's <see cref="FirstKeyIndex"/> bit: a word whose <see cref="WordInfo.LexiconMask"/> lacks it starts no entry.</summary>
    internal ulong Bit => _bit;

    public int Count { get; private set; }

    /// <summary>Adds a phrase (any text; it is folded and tokenised). Returns false when the phrase was already present (first wins).</summary>
    public bool Add(string phrase, T value)
    {
        var keys = _tokenizer.Tokenize(phrase).Select(t => t.Folded).ToArray();
        return Add(keys, value);
    }

    /// <summary>Adds an already folded token sequence.</summary>
    public bool Add(IReadOnlyList<string> foldedTokens, T value)
    {
        if (foldedTokens.Count == 0) return false;
        FirstKeyIndex.Add(foldedTokens[0], _bit);
        var node = _root;
        foreach (var k in foldedTokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(k, out var next)) node.Children[k] = next = new Node();
            node = next;
        }
        if (node.HasValue) return false;
        node.HasValue = true;
        node.Value = value;
        Count++;
        return true;
    }

    /// <summary>Whether a single folded word starts any entry.</summary>
    public bool StartsEntry(string foldedWord) => _root.Children?.ContainsKey(foldedWord) == true;

    /// <summary>Longest match starting at token <paramref name="start"/>, trying the whole first token before its clitic stems.</summary>
    public TrieMatch<T>? Match(IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue)
    {
        var roots = _root.Children;
        if (roots is null || start >= tokens.Count) return null;
        var first = tokens[start];
        // one bit test rejects a word that starts no entry under any of its readings (most words, for most lexicons)
        if ((first.Word.LexiconMask & _bit) == 0) return null;
        int end = Math.Min(tokens.Count, limit);
        // the best so far as plain locals (node, length, reading index): the match struct, which holds references, is
        // built once at the end instead of being copied through every walk (each copy of a reference is a write barrier)
        Node? best = null;
        int bestCount = 0, bestReading = -1;
        var readings = first.Readings;
        for (int r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            // a reading with the article is tried with it, then without it (two lookups, no key array)
            for (int withArticle = reading.HasArticle ? 1 : 0; withArticle >= 0; withArticle--)
            {
                if (!roots.TryGetValue(withArticle == 1 ? reading.StemWithArticle : reading.Stem, out var node)) continue;
                int count = node.HasValue ? 1 : 0;
                var valued = node.HasValue ? node : null;
                int i = start + 1;
                while (i < end && node.Children is { } children && children.TryGetValue(tokens[i].Folded, out var next))
                {
                    node = next;
                    i++;
                    if (node.HasValue) { count = i - start; valued = node; }
                }
                if (valued is not null && (best is null || count > bestCount)) { best = valued; bestCount = count; bestReading = r; }
            }
            // the whole word matched: never strip into it (a word that is itself in the lexicon stays whole)
            if (best is not null && reading.PrefixLength == 0) break;
        }
        return best is null ? null : new TrieMatch<T>(start, bestCount, best.Value, readings[bestReading]);
    }

    /// <summary>All non-overlapping longest matches, scanning left to right (a struct enumerable: `foreach` allocates no iterator).</summary>
    public Matches MatchAll(IReadOnlyList<Token> tokens, int from = 0, int to = int.MaxValue) => new(this, tokens, null, from, Math.Min(to, tokens.Count));

    /// <summary>
    /// As <see cref="MatchAll"/>, with each token's lexicon mask read beforehand into <paramref name="masks"/>
    /// (masks[i] = the mask of token i, read after this trie was filled): tokens whose mask lacks this trie's bit are passed over
    /// without touching them, so several scans of one text walk its tokens once.
    /// </summary>
    internal Matches Scan(IReadOnlyList<Token> tokens, ulong[] masks, int from, int to) => new(this, tokens, masks, from, Math.Min(to, tokens.Count));

    /// <summary>A left-to-right scan for non-overlapping longest matches (its own enumerator).</summary>
    public struct Matches(TokenTrie<T> trie, IReadOnlyList<Token> tokens, ulong[]? masks, int from, int end)
    {
        private int _next = from;

        public TrieMatch<T> Current { get; private set; }

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < end)
            {
                // a token that starts no entry would give no match: skip it on its mask alone
                if (masks is not null && (masks[_next] & trie._bit) == 0)
                {
                    _next++;
                    continue;
                }
                if (trie.Match(tokens, _next, end) is { } found)
                {
                    Current = found;
                    _next = found.EndToken;
                    return true;
                }
                _next++;
            }
            return false;
        }
    }
}
