namespace Rasd.Events;

/// <summary>
/// Drops events that name nobody, nowhere, no number and no day of their own: "وبانتظار مزيد من الدعم", "طبيعة التهديدات",
/// "تعديلات على الاتفاق" use an event word, but nothing in the report says who did what where or when, so no monitor could
/// code a row from it (on unseen reports most such events are a word's other or abstract sense).
/// </summary>
public static class BareMentions
{
    /// <summary>Removes the events with no actor, target, place or figure and no time told in the text.</summary>
    public static void Drop(List<Event> events) => events.RemoveAll(IsBare);

    /// <summary>Whether the event has no party, place, figure or date of its own.</summary>
    public static bool IsBare(Event ev) =>
        ev.Actors.Count == 0 && ev.Targets.Count == 0 && ev.Places.Count == 0 && ev.Figures.Count == 0 && !ev.TimeFromText;
}
