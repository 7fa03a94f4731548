using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Words within the next few after a trigger that decide its sense: blockers turn it into its other sense ("بحث عن" searches,
/// it does not discuss; data/event_trigger_blockers.tsv), requirements name the words without which it is no event ("منع"
/// is a coercion only when it stops someone's entry, passage or travel; data/event_trigger_requirements.tsv).
/// </summary>
public sealed class TriggerBlockers
{
    private readonly Dictionary<string, Rows> _next = new(StringComparer.Ordinal);

    /// <summary>One cell of words, read once: its mark ("*", "~", "=", "ب+", "ب++") and the words with the mark taken off.</summary>
    private sealed class Words(string[] raw)
    {
        public readonly string[] Raw = raw;
        public readonly bool IsAlways = raw is [Always];
        public readonly bool IsWithBa = raw is [WithBa];
        public readonly bool IsWithBaNear = raw is [WithBaNear];
        public readonly bool IsRight = raw.Length > 0 && raw[0].StartsWith(Right, StringComparison.Ordinal);
        public readonly bool IsFar = raw.Length > 0 && raw[0].StartsWith(Far, StringComparison.Ordinal);

        // "~~word" in the preceders: the word further back, among the seven words before the trigger
        public readonly bool IsFarther = raw.Length > 0 && raw[0].StartsWith(Far + Far, StringComparison.Ordinal);

        // "~word" and "=word" without their mark
        public readonly string[] Unmarked = raw.Length > 0 ? [raw[0][(raw[0].StartsWith(Far + Far, StringComparison.Ordinal) ? 2 : 1)..], .. raw[1..]] : raw;

        // an empty cell fails where reading its first word always failed
        public void CheckNotEmpty()
        {
            if (Raw.Length == 0) throw new IndexOutOfRangeException();
        }
    }
    /// <summary>
    /// One key's rows, in table order, and the same rows sorted by how they match: asked for every trigger, a listed one
    /// looks up each following word among its rows' first words rather than comparing it with every row.
    /// </summary>
    private sealed class Rows
    {
        public readonly List<Words> All = [];

        // "*", "ب+" and "ب++" among the rows; an empty cell (read in table order, where it fails)
        public bool Always, WithBa, WithBaNear, HasEmpty;

        // plain rows by their first word, "=word" rows by that word, "~words" rows by their first word (without its mark)
        public Dictionary<string, List<string[]>>? Near, Right, Far;

        // as preceders: the plain rows by their length and first word (a row of n words starts n tokens before the trigger, so
        // the one word there picks the rows to try), and the "~word" rows, each tried at every trigger
        public List<(int Length, Dictionary<string, List<string[]>> ByFirst)>? Before;
        public List<Words>? FarPreceders;

        public void Sort()
        {
            foreach (var w in All)
            {
                if (w.IsWithBa) WithBa = true;
                else if (w.IsWithBaNear) WithBaNear = true;
                else if (w.Raw.Length == 0) HasEmpty = true;
                else if (w.IsAlways) Always = true;
                else if (w.IsRight) Add(ref Right, w.Unmarked);
                else if (w.IsFar) Add(ref Far, w.Unmarked);
                else Add(ref Near, w.Raw);
            }
            foreach (var w in All)
            {
                if (w.IsFar) (FarPreceders ??= []).Add(w);
                else if (w.Raw.Length > 0) AddBefore(w.Raw);
            }
        }

        private void AddBefore(string[] words)
        {
            Before ??= [];
            int at = Before.FindIndex(b => b.Length == words.Length);
            if (at < 0) Before.Add((words.Length, new Dictionary<string, List<string[]>>(StringComparer.Ordinal)));
            var byFirst = Before[at < 0 ? Before.Count - 1 : at].ByFirst;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words);
        }

        private static void Add(ref Dictionary<string, List<string[]>>? byFirst, string[] words)
        {
            byFirst ??= new(StringComparer.Ordinal);
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.Add(words);
        }
    }

    private bool _before;

    // a lexicon bit for the trigger words of this table: a word it does not list is rejected by its mask
    private readonly ulong _listedBit = FirstKeyIndex.NewBit();

    // a filter-only bit for the words the rows of every such table start with (after or before their trigger): a token whose
    // mask lacks it starts no row, so it is passed over without looking its word up in each key's rows (one bit for all the
    // tables: the retypes build one table per kind)
    private static readonly ulong RowStartBit = FirstKeyIndex.NewFilterBit();

    public static TriggerBlockers Default { get; } = Load("event_trigger_blockers");

    /// <summary>The requirements table: a listed trigger is an event only when one of its words follows.</summary>
    public static TriggerBlockers Requirements { get; } = Load("event_trigger_requirements");

    /// <summary>The preceders table: a listed trigger is no event right after the given words ("بناء على طلب" is a circumstance).</summary>
    public static TriggerBlockers Preceders { get; } = Load("event_trigger_preceders", "before");

    /// <summary>False when the trigger is listed and none of its words follows; the requirements table's test.</summary>
    public bool Allows(Analysis analysis, TriggerMatch trigger) => Followed(analysis, trigger, possessiveToo: false) != false;

    public static TriggerBlockers Load(string name, string column = "next")
    {
        var t = TsvTable.LoadEmbedded(name);
        return From(t, t.Rows, column);
    }

    /// <summary>Blockers from some rows of a table (a table of several kinds, such as the retypes, builds one per kind).</summary>
    public static TriggerBlockers From(TsvTable t, IEnumerable<string[]> rows, string column = "next")
    {
        var b = new TriggerBlockers { _before = column == "before" };
        foreach (var r in rows)
        {
            var next = ArabicFolding.FoldString(t.Cell(r, column)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // one row may name several forms of the trigger ("رفض رفضت يرفض"), each a single word
            foreach (var trigger in ArabicFolding.FoldString(t.Cell(r, "trigger")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!b._next.TryGetValue(trigger, out var listed)) b._next[trigger] = listed = new Rows();
                FirstKeyIndex.Add(trigger, b._listedBit);
                var words = new Words(next);
                listed.All.Add(words);
                // (a row is looked up by its first word as written, or without its mark)
                if (next.Length == 0) continue;
                FirstKeyIndex.Add(next[0], RowStartBit);
                FirstKeyIndex.Add(words.Unmarked[0], RowStartBit);
            }
        }
        foreach (var listed in b._next.Values) listed.Sort();
        return b;
    }

    public bool Blocks(Analysis analysis, TriggerMatch trigger) =>
        _before ? Preceded(analysis, trigger) : Followed(analysis, trigger, possessiveToo: true) == true;

    // the listed words stand right before the trigger's first word
    private bool Preceded(Analysis analysis, TriggerMatch trigger)
    {
        var keys = Listed(analysis.Tokens[trigger.FirstToken]);
        if (keys is null) return false;
        var masks = TokenMasks.For(analysis);
        // (any row that holds answers: the rows are read by the word where each would start, not one after the other)
        foreach (var rows in keys)
        {
            // an empty cell: nothing needs to precede
            if (rows.HasEmpty) return true;
            if (rows.Before is { } before)
                foreach (var (length, byFirst) in before)
                    if (trigger.FirstToken >= length && (masks[trigger.FirstToken - length] & RowStartBit) != 0
                        && byFirst.TryGetValue(analysis.Tokens[trigger.FirstToken - length].Folded, out var candidates))
                        foreach (var words in candidates)
                            if (Follows(analysis.Tokens, trigger.FirstToken - length, words)) return true;
            if (rows.FarPreceders is { } far)
                foreach (var w in far)
                    if (FarBefore(analysis, trigger, w.Unmarked[0], w.IsFarther ? 7 : 4)) return true;
        }
        return false;
    }

    // "~word" in the preceders: that word (or a reading's stem) among the four words before the trigger (seven for "~~word"), in its sentence
    // ("وقفا مستداما لإطلاق نار": the ceasefire noun stands a qualifier or two before)
    private static bool FarBefore(Analysis analysis, TriggerMatch trigger, string word, int reach)
    {
        var tokens = analysis.Tokens;
        int first = Math.Max(analysis.Sentences[trigger.SentenceIndex].FirstToken, trigger.FirstToken - reach);
        for (int k = trigger.FirstToken - 1; k >= first && tokens[k].IsWord; k--)
        {
            if (tokens[k].Folded == word) return true;
            foreach (var r in tokens[k].Readings)
                if (r.Stem == word) return true;
        }
        return false;
    }

    // the rows for a word, key by key: its whole folded form ("بطلب" with its ب) and its stems. Asked for every trigger of
    // every document, so the common answer (no row) allocates nothing, nor does one key (this thread's list holds it), and a
    // key met twice among the readings counts once.
    private List<Rows>? Listed(Token token)
    {
        // the keys below are the word and its readings' stems, all of which its lexicon mask covers
        if ((token.Word.LexiconMask & _listedBit) == 0) return null;
        var found = _found ??= [];
        found.Clear();
        Add(found, token.Folded);
        // (a key already looked up finds the same rows: the whole word's stem is the word, and a stem without the article is
        // its own form with it)
        foreach (var r in token.Readings)
        {
            if (r.HasArticle) Add(found, r.StemWithArticle);
            if (r.Stem != token.Folded) Add(found, r.Stem);
        }
        return found.Count == 0 ? null : found;
    }

    // "منعاً لتوجيه …", "دعمهم للإرهاب": a one-word trigger matched in a form the lexicon adds to the listed word (the indefinite
    // accusative, whose stem the analyser leaves with its alif, or with a pronoun) answers to the rows of the word as listed.
    // A requirement does not hold the pronoun form to them: its object may be the pronoun ("تم إسقاطها" downed the drone).
    private List<Rows>? ListedAsEntry(TriggerMatch trigger, bool possessiveToo)
    {
        if (trigger.TokenCount != 1 || trigger.Entry.Possessive && !possessiveToo
            || (EntryMask(trigger.Entry) & _listedBit) == 0 || !_next.TryGetValue(trigger.Entry.FoldedPhrase, out var rows)) return null;
        var found = _found ??= [];
        found.Clear();
        found.Add(rows);
        return found;
    }

    // the lexicon bits of an entry's listed word: every table asks of each trigger (the blockers, the requirements, each kind of
    // retype), and the bit rejects the entry for most of them without hashing its word; the last entry's bits are kept
    private static ulong EntryMask(TriggerEntry entry)
    {
        var memo = _entryMask ??= new EntryMaskMemo();
        int version = FirstKeyIndex.Version;
        if (!ReferenceEquals(memo.Entry, entry) || memo.Version != version)
            (memo.Entry, memo.Version, memo.Mask) = (entry, version, FirstKeyIndex.Of(entry.FoldedPhrase));
        return memo.Mask;
    }

    private sealed class EntryMaskMemo
    {
        public TriggerEntry? Entry;
        public int Version;
        public ulong Mask;
    }

    [ThreadStatic]
    private static EntryMaskMemo? _entryMask;

    private void Add(List<Rows> found, string key)
    {
        // (one key's rows are one object: a key met again finds it listed)
        if (_next.TryGetValue(key, out var rows) && !found.Contains(rows)) found.Add(rows);
    }

    // the keys Listed found (one list per thread: read before the next call, never kept)
    [ThreadStatic]
    private static List<Rows>? _found;

    // null when the trigger is not listed; else whether one of its listed words follows
    private bool? Followed(Analysis analysis, TriggerMatch trigger, bool possessiveToo)
    {
        if (trigger.EndToken >= analysis.Tokens.Count) return null;
        var keys = Listed(analysis.Tokens[trigger.EndToken - 1]) ?? ListedAsEntry(trigger, possessiveToo);
        if (keys is null) return null;
        // "*": the listed form is never an event ("بدعم روسي" tells with what help another deed was done)
        foreach (var rows in keys)
            if (rows.Always) return true;
        // (an empty cell fails where the rows read in order reach it)
        foreach (var rows in keys)
            if (rows.HasEmpty) return FollowedInOrder(analysis, trigger, keys);
        // the subject may stand between: "انسحبت الولايات المتحدة من الاتفاق"; so may a number ("نشرت فرنسا 50 جنديا")
        var tokens = analysis.Tokens;
        var masks = TokenMasks.For(analysis);
        int last = Math.Min(tokens.Count, Reach(analysis, trigger));
        for (int at = trigger.EndToken; at < last; at++)
        {
            // (the token read once for all the keys)
            var token = tokens[at];
            // (the slash of "ديسمبر/ كانون الأول" is part of a date, no end of the phrase)
            if (!token.IsWord && !token.IsNumber && !InTimex(analysis, at) && !IsTimeComma(analysis, at)) break;
            // (a word that starts no row is looked up in none)
            bool startsRow = (masks[at] & RowStartBit) != 0;
            foreach (var rows in keys)
            {
                if (rows.WithBa && at == trigger.EndToken && HasBa(token)) return true;
                if (rows.WithBaNear && HasBa(token, 2) && token.Folded is not ("بين" or "بعد" or "بعض")) return true;
                if (startsRow && at == trigger.EndToken && AnyFollows(tokens, at, rows.Right, token.Folded)) return true;
                if (startsRow && AnyFollows(tokens, at, rows.Near, token.Folded)) return true;
            }
        }
        // "~words": anywhere in the rest of the sentence within twenty tokens, past a long subject and its commas
        int end = Math.Min(analysis.Sentences[trigger.SentenceIndex].EndToken, trigger.EndToken + 20);
        foreach (var rows in keys)
            if (rows.Far is not null)
                for (int at = trigger.EndToken; at < end; at++)
                    if ((masks[at] & RowStartBit) != 0 && AnyFollows(tokens, at, rows.Far, tokens[at].Folded)) return true;
        return false;
    }

    // whether one of the rows that start with the word at `at` follows there
    private static bool AnyFollows(IReadOnlyList<Token> tokens, int at, Dictionary<string, List<string[]>>? byFirst, string word)
    {
        if (byFirst is null || !byFirst.TryGetValue(word, out var rows)) return false;
        foreach (var words in rows)
            if (Follows(tokens, at, words)) return true;
        return false;
    }

    // (a subject that is a name of several words counts as one: "وتنشر الولايات المتحدة نحو ألفي جندي")
    private static int Reach(Analysis analysis, TriggerMatch trigger)
    {
        // the blockers, the requirements and each kind of retype ask it of the same trigger in turn: the last answer is kept
        var memo = _reach;
        if (ReferenceEquals(memo.Analysis, analysis) && ReferenceEquals(memo.Tokens, analysis.Tokens) && memo.EndToken == trigger.EndToken
            && memo.Sentence == trigger.SentenceIndex) return memo.Reach;
        int reach = trigger.EndToken + 4 + NameWordsAfter(analysis, trigger);
        reach += TimeWordsWithin(analysis, trigger.EndToken, reach);
        _reach = (analysis, analysis.Tokens, trigger.EndToken, trigger.SentenceIndex, reach);
        return reach;
    }

    // this thread's last reach, by the analysis (and its tokens) and the trigger's end and sentence it was worked out for
    [ThreadStatic]
    private static (Analysis? Analysis, IReadOnlyList<Token>? Tokens, int EndToken, int Sentence, int Reach) _reach;

    /// <summary>Lets go of this thread's last reach (its analysis), once a text's triggers are sorted out.</summary>
    internal static void ReleaseReach() => _reach = default;

    // whether a time expression covers the token
    private static bool InTimex(Analysis analysis, int at)
    {
        // (indexed: foreach over the layer's IReadOnlyList boxes an enumerator at every ask)
        var timexes = analysis.Get<Time.TimexLayer>()?.Timexes;
        if (timexes is null) return false;
        for (int i = 0; i < timexes.Count; i++)
            if (timexes[i].FirstToken <= at && at < timexes[i].EndToken) return true;
        return false;
    }

    // "سيطر الثوار أمس، على تلة", "سيطرت قوات النظام، السبت، على بلدتين": a time word set off by commas is an aside, and its
    // commas end no phrase (a comma with a time expression right before or after it)
    private static bool IsTimeComma(Analysis analysis, int at)
    {
        var tokens = analysis.Tokens;
        if (!tokens[at].IsComma) return false;
        return at > 0 && InTimex(analysis, at - 1) || at + 1 < tokens.Count && InTimex(analysis, at + 1);
    }

    // the most words a date between the trigger and its word may add to the reach
    private const int MaxTimeWords = 6;

    // "وسيطرت القوات في ديسمبر/ كانون الأول الماضي على مدينة البوكمال": a date told between the subject and the object (with
    // the preposition before it) counts as no words of the window
    private static int TimeWordsWithin(Analysis analysis, int from, int to)
    {
        var timexes = analysis.Get<Time.TimexLayer>()?.Timexes;
        if (timexes is null) return 0;
        int words = 0;
        for (int i = 0; i < timexes.Count; i++)
        {
            var t = timexes[i];
            if (t.FirstToken >= from && t.FirstToken < to)
                words += t.EndToken - t.FirstToken + (t.FirstToken > from && analysis.Tokens[t.FirstToken - 1].Folded == "في" ? 1 : 0)
                    + (t.FirstToken > from && analysis.Tokens[t.FirstToken - 1].IsComma ? 1 : 0)
                    + (t.EndToken < analysis.Tokens.Count && analysis.Tokens[t.EndToken].IsComma ? 1 : 0);
        }
        return Math.Min(words, MaxTimeWords);
    }

    // as Followed, the rows read in table order (for a table with an empty cell, which fails where it is reached)
    private static bool FollowedInOrder(Analysis analysis, TriggerMatch trigger, List<Rows> keys)
    {
        // (the rows of every key in turn, in the keys' order: no list of them made per trigger)
        var tokens = analysis.Tokens;
        int last = Math.Min(tokens.Count, Reach(analysis, trigger));
        for (int at = trigger.EndToken; at < last; at++)
        {
            var token = tokens[at];
            // (the slash of "ديسمبر/ كانون الأول" is part of a date, no end of the phrase)
            if (!token.IsWord && !token.IsNumber && !InTimex(analysis, at) && !IsTimeComma(analysis, at)) break;
            foreach (var rows in keys)
                foreach (var w in rows.All)
                {
                    if (!w.IsWithBa && !w.IsWithBaNear) w.CheckNotEmpty();
                    if (w.IsWithBa ? at == trigger.EndToken && HasBa(token)
                        : w.IsWithBaNear ? HasBa(token, 2) && token.Folded is not ("بين" or "بعد" or "بعض")
                        : w.IsRight ? at == trigger.EndToken && Follows(tokens, token, at, w.Unmarked)
                        : !w.IsFar && Follows(tokens, token, at, w.Raw)) return true;
                }
        }
        int end = Math.Min(analysis.Sentences[trigger.SentenceIndex].EndToken, trigger.EndToken + 20);
        foreach (var rows in keys)
            foreach (var w in rows.All)
            {
                w.CheckNotEmpty();
                if (w.IsFar)
                    for (int at = trigger.EndToken; at < end; at++)
                        if (Follows(tokens, tokens[at], at, w.Unmarked)) return true;
            }
        return false;
    }

    // the words beyond the first of a name that starts right after the trigger
    private static int NameWordsAfter(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var m in SentenceIndex.For(analysis).Mentions(trigger.SentenceIndex))
            if (m.FirstToken == trigger.EndToken) return Math.Min(m.EndToken - m.FirstToken - 1, 4);
        return 0;
    }

    // "*" in the table: whatever follows ("بدعم" with its ب is the help another deed had, never a deed of its own)
    private const string Always = "*";

    // "~word" in the table: that word anywhere in the next twenty tokens of the sentence ("خروج الأوضاع في المخيمات، ..., عن السيطرة");
    // in the preceders, among the four words before the trigger
    private const string Far = "~";

    // "=word" in the table: that word right after the trigger ("=الرئيس": its subject, not a word further on)
    private const string Right = "=";

    // "ب+" in the table: the very next word carries the preposition ب ("إدانته بالانتماء" is a conviction for something)
    private const string WithBa = "ب+";

    // "ب++" in the table: a word carrying ب within the next four, past the subject ("لوحت واشنطن بالرد": brandishing has what it brandishes with ب)
    private const string WithBaNear = "ب++";

    // "بشن": a two-letter stem is enough where a word with ب is looked for further on (but "بين", "بعد", "بعض" are words of their own)
    private static bool HasBa(Token t, int shortest = 3)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics.Contains('ب') && r.Stem.Length >= shortest) return true;
        return false;
    }

    // as below, with the token at <paramref name="at"/> already read: most rows fail on their first word, told without a call
    private static bool Follows(IReadOnlyList<Token> tokens, Token first, int at, string[] words) =>
        words.Length == 0 || (first.Folded == words[0] && Follows(tokens, at, words));

    private static bool Follows(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        int k = at;
        for (int i = 0; i < words.Length; i++, k++)
        {
            // 'من "خطة العمل"': a quote mark may open or close a name between the listed words
            while (i > 0 && k < tokens.Count && tokens[k].IsQuoteMark) k++;
            // a listed bracket or mark is matched as it is ("(" before "الفيتو"); a listed word only by a word
            if (k >= tokens.Count || !tokens[k].IsWord && char.IsLetter(words[i][0]) || tokens[k].Folded != words[i]) return false;
        }
        return true;
    }
}
