using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Rasd.Records;

/// <summary>An event's ACLED fields, read as the seven-entry map the record writes (event_type … longitude, in that order).</summary>
/// <remarks>
/// Fields rather than a dictionary: every event record carries one, and a dictionary of seven boxed entries cost some 350
/// bytes an event. The values are boxed only when the map is read (as JSON, when the record is written).
/// </remarks>
public sealed class AcledFields(
    string eventType, string subEventType, int timePrecision, int? geoPrecision, string? location, double? latitude, double? longitude)
    : IReadOnlyDictionary<string, object?>
{
    private static readonly string[] Names = ["event_type", "sub_event_type", "time_precision", "geo_precision", "location", "latitude", "longitude"];

    public int Count => Names.Length;

    public IEnumerable<string> Keys => Names;

    public IEnumerable<object?> Values
    {
        get
        {
            for (int i = 0; i < Names.Length; i++) yield return ValueAt(i);
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        int i = Array.IndexOf(Names, key);
        value = i >= 0 ? ValueAt(i) : null;
        return i >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < Names.Length; i++) yield return new(Names[i], ValueAt(i));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private object? ValueAt(int i) => i switch
    {
        0 => eventType,
        1 => subEventType,
        2 => Events.Boxed.Of(timePrecision),
        3 => geoPrecision is { } g ? Events.Boxed.Of(g) : null,
        4 => location,
        5 => latitude,
        _ => longitude,
    };
}
