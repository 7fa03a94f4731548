using System.Numerics;
using static Rasd.Evaluation.ScoreFields;

namespace Rasd.Evaluation;

/// <summary>Timex layer: overlapping UTF-16 spans detect; strict also needs the value (gold alt, mod, APPROX ±3 days).</summary>
internal static class TimexScoring
{
    internal sealed record Item((BigInteger Start, BigInteger End)? Span, string? Value, HashSet<string> Values, string? Mod, object? Text, bool Optional);

    public static Item Read(PyDict x, bool gold)
    {
        var span = x.Get("start") is BigInteger s && x.Get("end") is BigInteger e && s <= e ? (s, e) : ((BigInteger, BigInteger)?)null;
        var value = Trim(x.Get("value"));
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (value is not null) values.Add(value);
        if (gold) values.UnionWith(Alts(x.Get("alt")));
        return new Item(span, value, values, Word(x.Get("mod"), upper: true), x.Get("text"), Optional(x, gold));
    }

    /// <summary>The value with gold's mod, or an alt value (any mod), or for APPROX gold a full date within ±3 days.</summary>
    public static bool ValueOk(Item g, Item p)
    {
        if (p.Value is not null && p.Value != g.Value && g.Values.Contains(p.Value)) return true;
        if (g.Mod is not null && p.Mod != g.Mod) return false;
        if (p.Value == g.Value) return true;
        var d = ScoreDates.Day(p.Value);
        return d is not null && g.Mod == "APPROX"
            && g.Values.Any(v => ScoreDates.Day(v) is { } gd && Math.Abs(gd.DayNumber - d.Value.DayNumber) <= 3);
    }

    private static IComparable[]? Score(Item g, Item p)
    {
        if (g.Span is not { } a || p.Span is not { } b || !(b.Start < a.End && a.Start < b.End)) return null;
        return [ValueOk(g, p) ? BigInteger.One : BigInteger.Zero, BigInteger.Min(a.End, b.End) - BigInteger.Max(a.Start, b.Start)];
    }

    private static string ShowItem(Item x, string? txt)
    {
        var (s, e) = x.Span is { } sp ? (sp.Start.ToString(), sp.End.ToString()) : ("None", "None");
        var text = x.Text as string ?? Utf16Slice(txt, x.Span);
        return $"[{s}:{e}] {PyText.ReprString(text)} {Show(x.Value)}{(x.Mod is not null ? " " + x.Mod : "")}";
    }

    /// <summary>The text under a span, UTF-16 code units, a cut surrogate pair shown as U+FFFD.</summary>
    private static string Utf16Slice(string? txt, (BigInteger Start, BigInteger End)? span)
    {
        if (txt is null || span is not { } sp || sp.Start < 0) return "";
        var a = (int)BigInteger.Min(sp.Start, txt.Length);
        var b = (int)BigInteger.Min(sp.End, txt.Length);
        var cut = txt[a..b].ToCharArray();
        for (var i = 0; i < cut.Length; i++)
        {
            if (char.IsHighSurrogate(cut[i]) && i + 1 < cut.Length && char.IsLowSurrogate(cut[i + 1])) i++;
            else if (char.IsSurrogate(cut[i])) cut[i] = '\uFFFD';
        }
        return new string(cut);
    }

    public static void Score(PyDict gold, PyDict pred, string? txt, ScoreCounts c, List<string> lines)
    {
        var g = Items(gold, "timexes").Select(x => Read(x, true)).ToList();
        var p = Items(pred, "timexes").Select(x => Read(x, false)).ToList();
        var m = GreedyMatcher.Match(g.Select(x => x.Optional).ToList(), p.Count, (i, j) => Score(g[i], p[j]));
        var wrong = m.Pairs.Where(ij => !ValueOk(g[ij.Gold], p[ij.Pred])).ToList();
        c.Tally("timex_detection", m.Pairs.Count, m.CountedPredictions, m.RequiredGold);
        c.Tally("timex_strict", m.Pairs.Count - wrong.Count, m.CountedPredictions, m.RequiredGold);
        lines.AddRange(m.MissedGold.Select(i => $"timex FN     {ShowItem(g[i], txt)}"));
        lines.AddRange(m.ExtraPredictions.Select(j => $"timex FP     {ShowItem(p[j], txt)}"));
        lines.AddRange(wrong.Select(ij => PyText.RStrip($"timex VALUE  {ShowItem(g[ij.Gold], txt)}  pred {Show(p[ij.Pred].Value)} {p[ij.Pred].Mod ?? ""}")));
    }
}
