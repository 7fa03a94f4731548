using System.Collections;
using System.Reflection;
using Rasd.Events;

namespace Rasd.Tests.Events;

/// <summary>An event's copy for another caller keeps every field but its actors, and stays its own.</summary>
public class EventCopyTests
{
    private const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    // a value unlike the default for each settable property type; a property of a new type fails here until it has one
    private static object SampleOf(Type type) => type switch
    {
        _ when type == typeof(bool) => true,
        _ when type == typeof(int) => 3,
        _ when type == typeof(DateOnly?) => new DateOnly(2018, 4, 10),
        _ when type == typeof(EventMode) => EventMode.Planned,
        _ when type == typeof(string) => "SY07",
        _ when type == typeof(PlaceDetail) => new PlaceDetail("إدلب", "SY07", 35.9, 36.6, 1),
        _ => throw new InvalidOperationException($"no sample value for {type}: give it one and copy the field"),
    };

    private static Event Filled()
    {
        var ev = new Event { Type = "ASSAULT" };
        foreach (var p in typeof(Event).GetProperties(Fields))
            if (p.SetMethod is not null && p.Name != nameof(Event.Type))
                p.SetValue(ev, SampleOf(p.PropertyType));
        ev.Actors.Add("SYRMIL");
        ev.Targets.Add("SYRCVL");
        ev.Places.Add("SY07");
        ev.Figures.Add(2);
        ev.Sentences.Add(4);
        ev.Sentences.Add(1);
        return ev;
    }

    [Fact]
    public void EveryFieldButTheActorsIsCopied()
    {
        var ev = Filled();
        var copy = ev.CopyWithoutActors();

        Assert.Empty(copy.Actors);
        foreach (var p in typeof(Event).GetProperties(Fields))
        {
            if (p.Name is nameof(Event.Actors) or nameof(Event.FirstTrigger)) continue;
            var (a, b) = (p.GetValue(ev), p.GetValue(copy));
            if (a is IEnumerable seq and not string)
                Assert.Equal(seq.Cast<object>(), ((IEnumerable)b!).Cast<object>());
            else
                Assert.True(Equals(a, b), $"{p.Name}: {a} was copied as {b}");
        }
    }

    [Fact]
    public void TheCopyHasListsOfItsOwn()
    {
        var ev = Filled();
        var copy = ev.CopyWithoutActors();
        copy.Targets.Add("TUR");
        copy.Places.Add("SY02");
        copy.Sentences.Add(9);

        Assert.Equal(["SYRCVL"], ev.Targets);
        Assert.Equal(["SY07"], ev.Places);
        Assert.Equal([1, 4], ev.Sentences);
    }
}
