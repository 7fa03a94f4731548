using Rasd.Pipeline;
using Rasd.Time;

namespace Rasd.Events;

/// <summary>
/// "غداة الهجوم" (the day after the attack) and "عشية الاجتماع" (its eve) date the event from the day of the clause they stand
/// in: the attack was the day before that day, the meeting the day after (data/event_relative_days.tsv).
/// </summary>
public static class RelativeDays
{
    private static readonly Dictionary<string, int> Shifts = Load();

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
        int shift = 0;
        foreach (var r in analysis.Tokens[trigger.FirstToken - 1].Readings)
            if (r.Proclitics is "" or "و" && Shifts.TryGetValue(r.Stem, out var days)) shift = days;
        return shift != 0 && !OwnTimeFollows(analysis, trigger) ? shift : 0;
    }

    // a time expression starting within three tokens after the event noun is the event's own
    private static bool OwnTimeFollows(Analysis analysis, TriggerMatch trigger)
    {
        foreach (var t in analysis.Get<TimexLayer>()?.Timexes ?? [])
            if (t.FirstToken >= trigger.EndToken && t.FirstToken < trigger.EndToken + 3) return true;
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
