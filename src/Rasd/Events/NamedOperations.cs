using Rasd.Lexicons;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// Finds named military operations ("عملية "غصن الزيتون"", "عمليتي درع الفرات وغصن الزيتون") as attack triggers, and fills what the
/// text leaves out of such an event from what is known of the operation.
/// </summary>
public sealed class NamedOperations
{
    private readonly TokenTrie<TriggerEntry> _names = new();
    private readonly HashSet<string> _nouns;

    public NamedOperations(TsvTable operations, TsvTable nouns)
    {
        _nouns = new HashSet<string>(nouns.Rows.Select(r => ArabicFolding.FoldString(nouns.Cell(r, "word"))), StringComparer.Ordinal);
        foreach (var row in operations.Rows)
        {
            var name = operations.Cell(row, "name");
            var type = operations.Cell(row, "type");
            if (!PloverTypes.All.Contains(type)) throw new InvalidDataException($"data/{operations.Name}.tsv: '{type}' is not a PLOVER type");
            var end = operations.Cell(row, "end");
            var operation = new NamedOperation(name, Codes(operations.Cell(row, "actors")), Codes(operations.Cell(row, "targets")), Codes(operations.Cell(row, "places")),
                DateOnly.ParseExact(operations.Cell(row, "begin"), "yyyy-MM-dd"), end.Length == 0 ? null : DateOnly.ParseExact(end, "yyyy-MM-dd"));
            var mode = operations.Cell(row, "attack_mode");
            _names.Add(name, new TriggerEntry(name, type, mode.Length == 0 ? null : mode) { Operation = operation });
        }
    }

    public static NamedOperations Default { get; } = new(TsvTable.LoadEmbedded("named_operations"), TsvTable.LoadEmbedded("named_operation_nouns"));

    private static string[] Codes(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Adds the text's named operations to the trigger candidates (kept in text order); a name no word for an operation introduces is passed over.</summary>
    internal void Find(Analysis analysis, List<TriggerMatch> found)
    {
        var masks = TokenMasks.For(analysis);
        var tokens = analysis.Tokens;
        int added = 0;
        // (an index loop: a foreach over the read-only list boxed an enumerator per document)
        var sentences = analysis.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            // where the last operation named ended: "عمليتي درع الفرات وغصن الزيتون" names the second after the first
            int lastEnd = -1;
            foreach (var m in _names.Scan(tokens, masks, s.FirstToken, s.EndToken))
            {
                // a report dated before the operation began cannot tell it: the words are then a phrase, not its name
                if (analysis.Published is { } published && published < m.Value.Operation!.Begin) continue;
                if (!Introduced(tokens, m.FirstToken, s.FirstToken, lastEnd, m.FirstReading.Proclitics)) continue;
                lastEnd = m.EndToken;
                var first = tokens[m.FirstToken];
                var last = tokens[m.EndToken - 1];
                found.Add(new TriggerMatch(m.Value, m.FirstToken, m.TokenCount, new TextSpan(first.Start, last.End), s.Index, m.FirstReading.Proclitics, false));
                added++;
            }
        }
        if (added > 0 && found.Count > added) found.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    // a word for an operation within the few words before the name (quotation marks and brackets aside), or the name joined by
    // "و" to an operation named just before it
    private bool Introduced(IReadOnlyList<Token> tokens, int at, int sentenceStart, int lastEnd, string proclitics)
    {
        int i = at - 1;
        while (i >= sentenceStart && IsMark(tokens[i])) i--;
        if (lastEnd >= 0)
        {
            int j = i;
            if (proclitics.StartsWith('و') && j + 1 >= lastEnd) return true;
            if (j >= sentenceStart && tokens[j].Folded == "و")
            {
                j--;
                while (j >= sentenceStart && IsMark(tokens[j])) j--;
                if (j + 1 >= lastEnd) return true;
            }
        }
        for (int words = 0; i >= sentenceStart && words < 3; i--)
        {
            var t = tokens[i];
            if (IsMark(t)) continue;
            if (!t.IsWord) return false;
            foreach (var r in t.Readings)
                if (_nouns.Contains(r.Stem) || _nouns.Contains(r.StemWithArticle)) return true;
            words++;
        }
        return false;
    }

    private static bool IsMark(Token t) => t.IsQuoteMark || t.Folded is "(" or ")";

    /// <summary>The named operation a mention names, if any.</summary>
    internal static NamedOperation? Of(Event ev)
    {
        foreach (var t in ev.Triggers)
            if (t.Entry.Operation is { } operation) return operation;
        return null;
    }

    /// <summary>
    /// Whether two mentions may be one happening as far as named operations go: two operations are two offensives, and a mention
    /// told in another sentence is that operation only when it is placed in its area ("فجر الجرود" on the Lebanese border is not
    /// the attacks on Palmyra told next, "الهجوم التركي على عفرين" is "غصن الزيتون").
    /// </summary>
    internal static bool CanJoin(Event a, Event b)
    {
        var ao = Of(a);
        var bo = Of(b);
        if (ao is null && bo is null) return true;
        if (ao is not null && bo is not null) return ao == bo;
        var (operation, other) = ao is not null ? (ao, b) : (bo!, a);
        var named = ao is not null ? a : b;
        foreach (int sentence in other.Sentences)
            if (named.Sentences.Contains(sentence)) return true;
        // "سيطر الجيش التركي على كامل منطقة عفرين": a clash or a capture told in a sentence of its own is a day's fighting
        // within the offensive, a row of its own, not the offensive
        if (other.AttackMode == "armed_clash") return false;
        // (a loop: a lambda over the operation made a closure at every ask, even one answered above)
        foreach (var p in other.Places)
            if (operation.Places.Contains(p)) return true;
        return false;
    }

    /// <summary>Fills the actors, targets and places the text left empty from the operation the event names, and dates it to the operation's days unless the text dates it within them.</summary>
    internal static void Apply(Analysis analysis, Event ev)
    {
        if (Of(ev) is { } operation) Apply(analysis, ev, operation);
    }

    // (its own method: the lambdas over the operation made their closure for every mention, named operation or not)
    private static void Apply(Analysis analysis, Event ev, NamedOperation operation)
    {
        // parties of no state that ran the operation are a misreading ("قوات التحالف" in Yemen is not the coalition in Syria)
        if (!ev.Actors.Exists(a => operation.Actors.Any(o => ActorCode.SameCountry(a, o))))
        {
            ev.Actors.Clear();
            ev.Actors.AddRange(operation.Actors);
        }
        if (ev.Targets.Count == 0) ev.Targets.AddRange(operation.Targets);
        // the places of the text within the operation's area, else its area: "أطلقت أنقرة عملية غصن الزيتون" is not in Turkey
        ev.Places.RemoveAll(p => !operation.Places.Contains(p));
        if (ev.Places.Count == 0) ev.Places.AddRange(operation.Places);
        // (a region phrase's governorates are then no longer narrowed to those the report names)
        if (ev.HasRegions) ev.Regions.Clear();
        // an operation not yet over (or over after the report) is dated up to the report
        var end = operation.End is { } e && (analysis.Published is not { } p || e <= p) ? e : analysis.Published ?? operation.End ?? operation.Begin;
        if (end < operation.Begin) end = operation.Begin;
        bool within = ev.TimeFromText && ev.Begin is { } b && ev.End is { } f && b <= end && f >= operation.Begin;
        if (!within) (ev.Begin, ev.End, ev.TimeFromText) = (operation.Begin, end, true);
    }
}
