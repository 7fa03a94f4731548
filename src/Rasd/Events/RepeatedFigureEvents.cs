using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>
/// Drops an event that only vague figures announce when each of them is a count another event of its kind already has
/// ("مرجحا ارتفاع الحصيلة لوجود عشرات المفقودين" after "لا يزال العشرات مفقودين" in the blast's report): "dozens" said again
/// is the same count told again, not a happening of its own (an exact count told again may be another tally: "مقتل قيادي" and
/// "مقتل قيادي بارز آخر").
/// </summary>
internal static class RepeatedFigureEvents
{
    /// <summary>Removes the figure-only events whose every figure is vague and repeats one of another event of the same type.</summary>
    public static void Drop(Analysis analysis, List<Event> events)
    {
        if (analysis.Get<FigureLayer>() is not { } layer) return;
        var figures = layer.Figures;
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var ev = events[i];
            if (ev.Figures.Count == 0 || !ev.Triggers.TrueForAll(static t => t.Entry.FromFigure)) continue;
            if (ev.Figures.TrueForAll(f => figures[f].Vague && Told(figures, events, ev, f))) events.RemoveAt(i);
        }
    }

    // whether another event of the type has a figure that says the same count
    private static bool Told(IReadOnlyList<Figure> figures, List<Event> events, Event ev, int f)
    {
        foreach (var other in events)
        {
            if (ReferenceEquals(other, ev) || other.Type != ev.Type) continue;
            foreach (var g in other.Figures)
                if (g != f && FigureRepeats.Same(figures, figures[g], figures[f])) return true;
        }
        return false;
    }
}
