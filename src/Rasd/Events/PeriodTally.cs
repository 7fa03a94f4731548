using System.Globalization;
using Rasd.Pipeline;
using Rasd.Quantities;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// "الغارات الجوية على الشيفونية صباح الأحد، حيث قتل نحو 519 مدنياً خلال 7 أيام من القصف": a total counted over a period
/// of its own, in a sentence beside an event of one day, is that period's tally: an event of its own, dated by the period
/// (a range of days, or "خلال N أيام" running up to the report).
/// </summary>
public static class PeriodTally
{
    // a period timex is looked for this far after the figure (or after the counts told right after it)
    private const int After = 8;

    // "خلال 7 أيام", "في غضون أسبوعين": the words that make a duration the span just past (data/period_span_words.tsv)
    private static readonly HashSet<string> SpanWords = Lexicons.TsvTable.FoldedWords("period_span_words");

    /// <summary>The tally mention for figure <paramref name="index"/>, when it is dated by a period apart from <paramref name="target"/>'s one day; else null.</summary>
    public static Event? Of(Analysis analysis, Figure f, Event target, Func<int, string, Event> mentionAt, int index)
    {
        // only beside a deed of one day (or of no day of its own yet: the report's or an earlier sentence's)
        if (target.TimeFromText && (target.Begin is not { } day || target.End != day)) return null;
        if (PeriodNear(analysis, f) is not { } found) return null;
        // a deed with no day of its own may be dated by the same month or year as the count ("قتلوا الشهر الماضي، وخطف …"):
        // only a span told as one ("خلال 7 أيام", "منذ 2011") is a tally apart from it
        if (!target.TimeFromText && !found.Span) return null;
        var tally = mentionAt(index, target.Type);
        (tally.Begin, tally.End, tally.TimeFromText) = (found.Begin, found.End, true);
        tally.IsPeriodTally = true;
        return tally;
    }

    // the period of several days a timex near the figure, in its sentence, tells (the first one), and whether it is told as a
    // span ("خلال 7 أيام", "منذ 2011") rather than as a calendar month or year
    private static (DateOnly Begin, DateOnly End, bool Span)? PeriodNear(Analysis analysis, Figure f)
    {
        var layer = analysis.Get<TimexLayer>();
        if (layer is null) return null;
        var sentence = analysis.Sentences[f.SentenceIndex];
        var figures = analysis.Get<FigureLayer>()!.Figures;
        for (int i = 0; i < layer.Timexes.Count; i++)
        {
            var t = layer.Timexes[i];
            if (t.FirstToken < sentence.FirstToken || t.FirstToken >= sentence.EndToken) continue;
            // "قتل أكثر من ألف وأصيب خمسة آلاف منذ …": the counts told one after the other share the period after the last
            // (told after the count: a period before it, "خلال قصف طيلة الأسابيع الستة، أسفر عن مقتل …", is the deed's own)
            if (t.FirstToken <= f.FirstToken || t.FirstToken > LastCountBefore(figures, f, t.FirstToken) + After) continue;
            // ("منذ 2011" runs to the report: a span)
            if (t.Begin is not null && TimeAttacher.Interval(analysis, layer, i) is { } iv && iv.End.DayNumber - iv.Begin.DayNumber >= 2)
                return (iv.Begin, iv.End, iv.Begin != t.Begin || iv.End != t.End);
            if (t.Type == TimexType.Duration && t.FirstToken > sentence.FirstToken && SpanWords.Contains(analysis.Tokens[t.FirstToken - 1].Folded)
                && analysis.Published is { } pub && Days(t.Value) is { } n && n >= 2) return (pub.AddDays(-n), pub, true);
        }
        return null;
    }

    /// <summary>
    /// "حيث قتل 519 مدنياً خلال 7 أيام من القصف": a tally with no doer of its own is the campaign of the attackers of the
    /// day's deed its sentence tells (once merged, that deed knows them from every mention).
    /// </summary>
    public static void LendDoers(List<Event> events)
    {
        foreach (var tally in events)
        {
            if (!tally.IsPeriodTally || tally.Actors.Count > 0) continue;
            int sentence = tally.Triggers[0].SentenceIndex;
            foreach (var day in events)
                if (day != tally && !day.IsPeriodTally && day.Type == tally.Type && day.Sentences.Contains(sentence))
                {
                    foreach (var a in day.Actors)
                        if (ActorCode.IsArmed(a) && !tally.Actors.Contains(a)) tally.Actors.Add(a);
                    break;
                }
        }
    }

    /// <summary>A period's tally and a mention with no day of its own are not one event: the mention is the day's deed, told again.</summary>
    public static bool Apart(Event a, Event b) => a.IsPeriodTally && !b.TimeFromText || b.IsPeriodTally && !a.TimeFromText;

    // the first token of the last count of the sentence in the chain of counts told close one after another from the figure
    // on, before the token ("قتل ألف وأصيب خمسة آلاف": one chain; "بغارتين على منطقة … حيث قتل 519": two)
    private static int LastCountBefore(IReadOnlyList<Figure> figures, Figure f, int token)
    {
        int last = f.FirstToken;
        for (bool moved = true; moved;)
        {
            moved = false;
            foreach (var g in figures)
                if (g.SentenceIndex == f.SentenceIndex && g.FirstToken > last && g.FirstToken < token && g.FirstToken - last <= After)
                {
                    last = g.FirstToken;
                    moved = true;
                }
        }
        return last;
    }

    // "P7D" 7, "P2W" 14, "P3M" 90 (whole days back; a month as 30)
    private static int? Days(string value)
    {
        if (value.Length < 3 || value[0] != 'P' || !int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return null;
        return value[^1] switch { 'D' => n, 'W' => 7 * n, 'M' => 30 * n, _ => null };
    }
}
