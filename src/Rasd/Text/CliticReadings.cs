using System.Collections;

namespace Rasd.Text;

/// <summary>The readings of one token, as a read-only list that can be enumerated without allocating.</summary>
/// <remarks>
/// Every lexicon lookup walks a token's readings, so `foreach` over them is the hottest loop of the pipeline;
/// an <see cref="IReadOnlyList{T}"/> boxed an enumerator per walk (about a fifth of all allocation).
/// </remarks>
public readonly struct CliticReadings : IReadOnlyList<CliticReading>
{
    private readonly CliticReading[] _items;

    internal CliticReadings(CliticReading[] items) => _items = items;

    public int Count => _items.Length;

    public CliticReading this[int index] => _items[index];

    /// <summary>A struct enumerator: `foreach` over the readings allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<CliticReading> IEnumerable<CliticReading>.GetEnumerator() => ((IEnumerable<CliticReading>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Enumerates the readings in order.</summary>
    public struct Enumerator(CliticReading[] items)
    {
        private int _i = -1;

        public readonly CliticReading Current => items[_i];

        public bool MoveNext() => ++_i < items.Length;
    }
}
