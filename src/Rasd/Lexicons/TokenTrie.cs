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
        if (_root.Children is null || start >= tokens.Count) return null;
        // one bit test rejects a word that starts no entry under any of its readings (most words, for most lexicons)
        if ((tokens[start].Word.LexiconMask & _bit) == 0) return null;
        TrieMatch<T>? best = null;
        int end = Math.Min(tokens.Count, limit);
        foreach (var reading in tokens[start].Readings)
        {
            // a reading with the article is tried with it, then without it (two lookups, no key array)
            if (reading.HasArticle) Try(tokens, start, end, reading.StemWithArticle, reading, ref best);
            Try(tokens, start, end, reading.Stem, reading, ref best);
            // the whole word matched: never strip into it (a word that is itself in the lexicon stays whole)
            if (best is not null && reading.PrefixLength == 0) return best;
        }
        return best;
    }

    private void Try(IReadOnlyList<Token> tokens, int start, int end, string key, CliticReading reading, ref TrieMatch<T>? best)
    {
        if (!_root.Children!.TryGetValue(key, out var node)) return;
        var m = Walk(tokens, start, end, node, reading);
        if (m is { } found && (best is null || found.TokenCount > best.Value.TokenCount)) best = found;
    }

    private static TrieMatch<T>? Walk(IReadOnlyList<Token> tokens, int start, int end, Node node, CliticReading reading)
    {
        TrieMatch<T>? best = node.HasValue ? new TrieMatch<T>(start, 1, node.Value, reading) : null;
        int i = start + 1;
        while (i < end && node.Children is not null && node.Children.TryGetValue(tokens[i].Folded, out var next))
        {
            node = next;
            i++;
            if (node.HasValue) best = new TrieMatch<T>(start, i - start, node.Value, reading);
        }
        return best;
    }

    /// <summary>All non-overlapping longest matches, scanning left to right.</summary>
    public IEnumerable<TrieMatch<T>> MatchAll(IReadOnlyList<Token> tokens, int from = 0, int to = int.MaxValue)
    {
        int end = Math.Min(to, tokens.Count);
        for (int i = from; i < end;)
        {
            var m = Match(tokens, i, end);
            if (m is { } found) { yield return found; i = found.EndToken; }
            else i++;
        }
    }
}
