using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// "غداة الهجوم" (the day after the attack) and "عشية الاجتماع" (its eve) date the event from the day of the clause they stand
/// in: the attack was the day before that day, the meeting the day after (data/event_relative_days.tsv); so do spans of days,
/// "بعد يومين من إعلان ترامب الانسحاب" (the withdrawal two days before, data/event_relative_spans.tsv).
/// </summary>
public static class RelativeDays
{
    private static readonly Dictionary<string, int> Shifts = Load();

    private static readonly Lexicons.TsvTable Spans = Lexicons.TsvTable.LoadEmbedded("event_relative_spans");
    private static readonly HashSet<string> AfterWords = Spans.FoldedWhere("kind", "after", "word");
    private static readonly HashSet<string> BeforeWords = Spans.FoldedWhere("kind", "before", "word");
    private static readonly HashSet<string> Links = Spans.FoldedWhere("kind", "link", "word");
    private static readonly HashSet<string> Announcers = Spans.FoldedWhere("kind", "announcer", "word");
    private static readonly HashSet<string> Continuous = Spans.FoldedWhere("kind", "continuous", "word");

    // words an announcer may bring between itself and the event: "إعلان الرئيس الأميركي دونالد ترامب الانسحاب"
    private const int AnnouncerReach = 5;

    private static Dictionary<string, int> Load()
    {
        var t = Lexicons.TsvTable.LoadEmbedded("event_relative_days");
        var shifts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in t.Rows)
            shifts[Text.ArabicFolding.FoldString(t.Cell(r, "word"))] = int.Parse(t.Cell(r, "days"), System.Globalization.CultureInfo.InvariantCulture);
        return shifts;
    }

    /// <summary>The days to add to the clause's day for the event this trigger names; 0 when no listed word stands right before it
    /// or the event has a time of its own right after it ("غداة هجوم الثلاثاء").</summary>
    public static int Shift(Analysis analysis, TriggerMatch trigger)
    {
        if (trigger.FirstToken == 0) return 0;
        int shift = ShiftFrom(analysis, trigger, trigger.FirstToken - 1, announced: false);
        if (shift == 0 && AnnouncerBefore(analysis, trigger) is int announcer and > 0) shift = ShiftFrom(analysis, trigger, announcer - 1, announced: true);
        return shift != 0 && !OwnTimeFollows(analysis, trigger) ? shift : 0;
    }

    // the shift a word at head gives the event noun it governs: a listed word ("غداة") or a span's link ("بعد يومين من")
    private static int ShiftFrom(Analysis analysis, TriggerMatch trigger, int head, bool announced)
    {
        int shift = 0;
        foreach (var r in analysis.Tokens[head].Readings)
            if (r.Proclitics is "" or "و" && Shifts.TryGetValue(r.Stem, out var days)) shift = days;
        return shift != 0 ? shift : SpanShift(analysis, trigger, head, announced);
    }

    // an announcer that brings the event noun within a few words ("غداة إعلان الجيش الهدنة", "من إعلان ترامب الانسحاب"); null when none
    private static int? AnnouncerBefore(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        for (int j = trigger.FirstToken - 1; j >= Math.Max(0, trigger.FirstToken - 1 - AnnouncerReach); j--)
        {
            var t = tokens[j];
            // a comma, a quote or a number ends the announcer's words
            if (!t.IsWord) return null;
            if (IsAny(t, Announcers)) return j;
        }
        return null;
    }

    // "بعد يومين من X" (X two days before the clause's day), "قبل ثلاثة أيام من X" (three days after); a span of whole days or
    // weeks only ("بعد أيام من" says not how many); "بعد يومين من القصف" is after two days of a lasting thing, no shift
    private static int SpanShift(Analysis analysis, TriggerMatch trigger, int link, bool announced)
    {
        var tokens = analysis.Tokens;
        if (link < 2 || !Links.Contains(tokens[link].Folded)) return 0;
        if (!announced && !PointEvent(trigger)) return 0;
        foreach (var t in analysis.Get<TimexLayer>()?.Timexes ?? [])
        {
            if (t.EndToken != link || t.Type != TimexType.Duration || t.FirstToken == 0) continue;
            int days = WholeDays(t.Value);
            if (days == 0) return 0;
            var before = tokens[t.FirstToken - 1];
            if (IsAny(before, AfterWords)) return -days;
            if (IsAny(before, BeforeWords)) return days;
            return 0;
        }
        return 0;
    }

    // a happening of one moment: not a lasting siege or war, nor a campaign of many strikes (EventMerger.Singular)
    private static bool PointEvent(TriggerMatch trigger) =>
        EventMerger.Singular(trigger.Entry) && !Continuous.Contains(trigger.Entry.FoldedPhrase);

    // P2D → 2, P1W → 7; 0 for hours, vague spans (PXD) and longer units
    private static int WholeDays(string value) =>
        value[^1] is 'D' or 'W' && !value.Contains('T') ? TimeAttacher.DurationDays(value) ?? 0 : 0;

    private static bool IsAny(Text.Token token, HashSet<string> words)
    {
        foreach (var r in token.Readings)
            if (r.Proclitics is "" or "و" && (words.Contains(r.Stem) || r.HasArticle && words.Contains(r.StemWithArticle))) return true;
        return false;
    }

    // a time expression starting within three tokens after the event noun is the event's own; so is a date further on that
    // nothing parts from it ("بعد ثلاثة أيام على الهجوم الذي أوقع 32 قتيلا في سوروتش الاثنين"), unless it dates another noun
    // ("الانسحاب من الاتفاق الذي أبرم عام 2015")
    private static bool OwnTimeFollows(Analysis analysis, TriggerMatch trigger)
    {
        var tokens = analysis.Tokens;
        int sentenceEnd = analysis.Sentences[trigger.SentenceIndex].EndToken;
        foreach (var t in analysis.Get<TimexLayer>()?.Timexes ?? [])
        {
            if (t.FirstToken < trigger.EndToken || t.FirstToken >= sentenceEnd) continue;
            if (t.FirstToken < trigger.EndToken + 3) return true;
            if (t.Type != TimexType.Date || RelativeClauseTime.DatesAnotherNoun(analysis, trigger, t)) continue;
            bool parted = false;
            for (int k = trigger.EndToken; k < t.FirstToken && !parted; k++) parted = tokens[k].IsPunctuationLike();
            if (!parted) return true;
        }
        return false;
    }

    /// <summary>Moves a one-day time by the shift; a longer interval is left as it is.</summary>
    public static void Apply(Event ev, int shift)
    {
        if (shift == 0 || ev.Begin is not { } begin || ev.End != begin) return;
        ev.Begin = begin.AddDays(shift);
        ev.End = ev.Begin;
    }
}
