using Rasd.Records;
using Rasd.Text;

namespace Rasd.Entities;

/// <summary>Turns the entity layer into the record's entity list: each distinct name once, in its fullest form.</summary>
public static class EntityRecords
{
    /// <summary>The buffers one call fills, kept per thread and cleared for the next article: only the records and the list returned are new.</summary>
    private sealed class Scratch
    {
        public readonly Dictionary<string, int> GroupOf = new(StringComparer.Ordinal);
        public readonly List<(int First, int Last, int Count)> Groups = [];
        public readonly List<EntityRecord> Records = [];
        public readonly List<(string[] Words, EntityMention First, int Count)> Kept = [];
        public int[] Next = [];
        public long[] Keys = [];
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    public static List<EntityRecord> From(EntityLayer layer)
    {
        // group by what the mention denotes, groups in the order of their first mention: each group is a chain through
        // `next` (loops rather than LINQ, which made a sorter, iterators and delegates per group)
        var mentions = layer.Mentions;
        var scratch = _scratch ??= new Scratch();
        var groupOf = scratch.GroupOf;
        var groups = scratch.Groups;
        groupOf.Clear();
        groups.Clear();
        if (scratch.Next.Length < mentions.Count) scratch.Next = new int[Math.Max(mentions.Count, 2 * scratch.Next.Length)];
        var next = scratch.Next;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (!m.IsNamedEntity || m.Type is null) continue;
            next[i] = -1;
            var key = Key(m);
            if (!groupOf.TryGetValue(key, out int g)) { groupOf[key] = groups.Count; groups.Add((i, i, 1)); }
            else
            {
                next[groups[g].Last] = i;
                groups[g] = (groups[g].First, i, groups[g].Count + 1);
            }
        }
        var result = scratch.Records;
        var kept = scratch.Kept;
        result.Clear();
        foreach (var (first, _, count) in groups)
        {
            if (count == 1) { result.Add(Record(mentions[first], 1)); continue; }
            // the same text every time (the usual case): one form, its earliest mention, with no words to make
            if (SameText(mentions, first, next) is { } earliest) { result.Add(Record(earliest, count)); continue; }
            // a shorter form whose words all occur in a kept longer form is the same name: the most words first, then the
            // earliest (the index keeps equal ones in mention order); each mention's words are made once
            var items = new (string[] Words, EntityMention Mention, int Index)[count];
            for (int k = 0, i = first; k < count; k++, i = next[i]) items[k] = (Words(mentions[i].Text), mentions[i], k);
            Array.Sort(items, static (x, y) =>
                x.Words.Length != y.Words.Length ? y.Words.Length.CompareTo(x.Words.Length)
                : x.Mention.Span.Start != y.Mention.Span.Start ? x.Mention.Span.Start.CompareTo(y.Mention.Span.Start)
                : x.Index.CompareTo(y.Index));
            kept.Clear();
            foreach (var (w, m, _) in items)
            {
                int idx = IndexOfCovering(kept, w);
                if (idx >= 0) kept[idx] = (kept[idx].Words, kept[idx].First, kept[idx].Count + 1);
                else kept.Add((w, m, 1));
            }
            foreach (var (_, m, n) in kept) result.Add(Record(m, n));
        }
        var sorted = InTextOrder(result, scratch);
        result.Clear();
        kept.Clear();
        return sorted;
    }

    /// <summary>The earliest mention of a group whose mentions all have the same text (the first of equal starts), else null.</summary>
    private static EntityMention? SameText(IReadOnlyList<EntityMention> mentions, int first, int[] next)
    {
        var earliest = mentions[first];
        for (int i = next[first]; i >= 0; i = next[i])
        {
            if (!string.Equals(mentions[i].Text, earliest.Text, StringComparison.Ordinal)) return null;
            if (mentions[i].Span.Start < earliest.Span.Start) earliest = mentions[i];
        }
        return earliest;
    }

    /// <summary>The records by start, equal starts in the order given (a stable sort: start and position in one key).</summary>
    private static List<EntityRecord> InTextOrder(List<EntityRecord> records, Scratch scratch)
    {
        int n = records.Count;
        if (scratch.Keys.Length < n) scratch.Keys = new long[Math.Max(n, 2 * scratch.Keys.Length)];
        var keys = scratch.Keys;
        for (int k = 0; k < n; k++) keys[k] = (long)records[k].Start << 32 | (uint)k;
        Array.Sort(keys, 0, n);
        var sorted = new List<EntityRecord>(n);
        for (int k = 0; k < n; k++) sorted.Add(records[(int)(keys[k] & 0xFFFF_FFFF)]);
        return sorted;
    }

    /// <summary>The first kept form holding every word of <paramref name="words"/>, or -1.</summary>
    private static int IndexOfCovering(List<(string[] Words, EntityMention First, int Count)> kept, string[] words)
    {
        for (int k = 0; k < kept.Count; k++)
        {
            bool all = true;
            foreach (var x in words)
                if (Array.IndexOf(kept[k].Words, x) < 0) { all = false; break; }
            if (all) return k;
        }
        return -1;
    }

    // "#سيرغي_سكريبال": a tagged name's underscores are the spaces between its words
    private static string Plain(string text) => text.Contains('_') ? text.Replace('_', ' ') : text;

    private static EntityRecord Record(EntityMention m, int count) =>
        new(Plain(m.Text), m.Type switch { EntityType.Per => "PER", EntityType.Org => "ORG", _ => "LOC" })
        {
            Start = m.Span.Start,
            End = m.Span.End,
            Id = m.Id,
            NameEn = m.NameEn,
            Actor = m.Actor,
            Places = m.Places.Count > 0 ? m.Places.ToList() : null,
            Latitude = m.Latitude,
            Longitude = m.Longitude,
            Mentions = count,
        };

    /// <summary>
    /// What a mention denotes. Places abroad carry their country's code as id, so each lexicon row (its canonical name) is a
    /// name of its own: "جنوب لبنان" does not swallow "لبنان", nor "القدس الشرقية" "القدس".
    /// </summary>
    private static string Key(EntityMention m) =>
        m.FinePcode
        ?? (m.Type == EntityType.Loc && m.Id is { Length: 3 } iso ? FoldedKeyOf(iso, m.CanonicalName) : m.Id)
        ?? FoldedKeyOf(null, m.Text);

    // the folded keys made on this thread, by prefix (null: the folded text alone) and name: the same names come back in
    // article after article, and a key made afresh was a string per mention
    [ThreadStatic]
    private static Dictionary<(string? Prefix, string Name), string>? _foldedKeys;

    // (more names than a corpus holds; past it a key is made afresh)
    private const int MostFoldedKeys = 1 << 15;

    private static string FoldedKeyOf(string? prefix, string name)
    {
        var keys = _foldedKeys ??= [];
        if (keys.TryGetValue((prefix, name), out var key)) return key;
        key = prefix is null ? ArabicFolding.FoldString(name) : FoldedKey(prefix, name);
        if (keys.Count < MostFoldedKeys) keys.Add((prefix, name), key);
        return key;
    }

    /// <summary><paramref name="prefix"/>, '|' and the folded <paramref name="name"/>, made as one string.</summary>
    private static string FoldedKey(string prefix, string name)
    {
        int folded = 0;
        foreach (char ch in name)
            if (ArabicFolding.Fold(ch) != ArabicFolding.Removed) folded++;
        return string.Create(prefix.Length + 1 + folded, (prefix, name), static (buffer, s) =>
        {
            s.prefix.CopyTo(buffer);
            buffer[s.prefix.Length] = '|';
            int k = s.prefix.Length + 1;
            foreach (char ch in s.name)
                if (ArabicFolding.Fold(ch) is var f && f != ArabicFolding.Removed) buffer[k++] = f;
        });
    }

    /// <summary>Folded words without the clitics the scorer ignores (و ف ب ل ال) and without a hashtag mark ("أنجيلا #ميركل" holds "ميركل").</summary>
    private static string[] Words(string text)
    {
        var words = ArabicFolding.FoldString(Plain(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k < words.Length; k++) words[k] = StripClitics(words[k].TrimStart('#'));
        return words;
    }

    private static readonly string[] CliticPrefixes = ["وال", "بال", "فال", "لل", "ال"];

    private static string StripClitics(string w)
    {
        foreach (var p in CliticPrefixes)
            if (w.StartsWith(p, StringComparison.Ordinal) && w.Length - p.Length >= 2) return w[p.Length..];
        return w;
    }
}
