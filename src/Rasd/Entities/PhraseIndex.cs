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

        // a first word's node: its place in the index's list of them
        public int Number;
    }

    private readonly Node _root = new();
    private readonly ulong _bit = Lexicons.FirstKeyIndex.NewBit();

    // the first words' nodes by number: a word's memo names the node its one matching reading starts (see FirstNodeOf)
    private readonly List<Node> _firstNodes = [];

    // one memo slot serves one index, the embedded lexicon's (see KeepFirstWordsInMemo); a phrase added after it was
    // claimed would make the memos stale, so the index then looks its first words up every time
    private static readonly int FirstSlot = WordInfo.NewMemoSlot();
    private static PhraseIndex? _slotOwner;
    private bool _usesMemo;
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
        _usesMemo = false;
        Lexicons.FirstKeyIndex.Add(keys[0], _bit);
        var node = _root;
        foreach (var k in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(k, out var next))
            {
                node.Children[k] = next = new Node();
                if (node == _root)
                {
                    next.Number = _firstNodes.Count;
                    _firstNodes.Add(next);
                }
            }
            node = next;
        }
        node.Entries ??= [];
        if (!node.Entries.Contains(entry)) { node.Entries.Add(entry); Count++; }
    }

    /// <summary>
    /// Lets this index keep, in each word's memo, which of its readings starts a phrase (one index may: the first to ask;
    /// the others, and this one once a phrase is added, look the first words up every time).
    /// </summary>
    internal void KeepFirstWordsInMemo() =>
        _usesMemo = ReferenceEquals(Interlocked.CompareExchange(ref _slotOwner, this, null), null) || ReferenceEquals(_slotOwner, this);

    /// <summary>The longest phrase starting at token <paramref name="start"/>; the first token may carry proclitics (و ف ب ل, and ال only if the entry has it).</summary>
    public PhraseMatch? Match(IReadOnlyList<Token> tokens, int start, int limit = int.MaxValue)
    {
        if (_root.Children is null || start >= tokens.Count) return null;
        var first = tokens[start];
        if (!first.IsWord && !first.IsNumber) return null;
        // the key of each reading (with the article when it has one) is among the keys the word's mask covers
        if ((first.Word.LexiconMask & _bit) == 0) return null;
        int end = Math.Min(limit, tokens.Count);
        int known = _usesMemo ? first.Word.Memo(FirstSlot, first, this, FindFirstNode) : SeveralFirstNodes;
        if (known == NoFirstNode) return null;
        if (known == SeveralFirstNodes) return MatchEachReading(tokens, start, end);
        // one reading starts a phrase: walk from its node, with no lookup of the word's keys
        var reading = first.Readings[(known - 1) >> ReadingShift];
        var entries = Walk(tokens, start, end, _firstNodes[(known - 1) & NodeMask], out int walkEnd);
        return entries is null ? null : new PhraseMatch(start, walkEnd, entries, reading.HasArticle ? reading.PrefixLength - 2 : reading.PrefixLength);
    }

    /// <summary>The longest phrase at <paramref name="start"/> found by looking up the key of each of the first token's readings.</summary>
    internal PhraseMatch? MatchEachReading(IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = tokens[start];
        // the best match so far as plain locals: the match is made once, at the end (this runs several times per token)
        List<EntityEntry>? bestEntries = null;
        int bestEnd = 0, bestPrefix = 0;
        foreach (var r in first.Readings)
        {
            if (r.IsFuture) continue;
            var key = r.HasArticle ? r.StemWithArticle : r.Stem;
            if (!_root.Children!.TryGetValue(key, out var node)) continue;
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

    private const int NoFirstNode = 0;
    private const int SeveralFirstNodes = int.MaxValue - 1;
    private const int ReadingShift = 24;
    private const int NodeMask = (1 << ReadingShift) - 1;

    // static, with the index as state: the memo's delegate is made once
    private static readonly Func<PhraseIndex, Token, int> FindFirstNode = static (index, first) => index.FirstNodeOf(first);

    /// <summary>
    /// Which reading of the word starts a phrase, and at which first node: <see cref="NoFirstNode"/> for none,
    /// <see cref="SeveralFirstNodes"/> for more than one (Match then tries each), else one more than the reading's index
    /// above <see cref="ReadingShift"/> and the node's number below. Kept in the word's memo: a lookup of the first word's keys
    /// misses the caches more often than not (the root's table is large and the scans between matches evict it).
    /// </summary>
    private int FirstNodeOf(Token first)
    {
        int found = NoFirstNode;
        var readings = first.Readings;
        for (int r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            if (reading.IsFuture) continue;
            if (!_root.Children!.TryGetValue(reading.HasArticle ? reading.StemWithArticle : reading.Stem, out var node)) continue;
            // (past 64 readings or 2^24 first words the answer does not fit: the full lookup then runs)
            if (found != NoFirstNode || r >= 64 || node.Number > NodeMask) return SeveralFirstNodes;
            found = (r << ReadingShift | node.Number) + 1;
        }
        return found;
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
