using System.Collections;

namespace Rasd.Evaluation;

/// <summary>A JSON object as Python's json module builds it: insertion order, a repeated key keeps its first position and its last value.</summary>
public sealed class PyDict : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public int Count => _keys.Count;

    public void Set(string key, object? value)
    {
        if (!_values.ContainsKey(key)) _keys.Add(key);
        _values[key] = value;
    }

    /// <summary>Python's dict.get: the value, or null when the key is absent.</summary>
    public object? Get(string key) => _values.TryGetValue(key, out var v) ? v : null;

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var k in _keys) yield return new(k, _values[k]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
