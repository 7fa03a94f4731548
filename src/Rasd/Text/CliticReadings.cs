using System.Collections;

namespace Rasd.Text;

/// <summary>The readings of one token, as a read-only list that can be enumerated without allocating.</summary>
/// <remarks>
/// Every lexicon lookup walks a token's readings, so `foreach` over them is the hottest loop of the pipeline;
/// an <see cref="IReadOnlyList{T}"/> boxed an enumerator per walk (about a fifth of all allocation). Most words
/// have a single reading (the whole word): it is held as the word itself, with no array.
/// </remarks>
public readonly struct CliticReadings : IReadOnlyList<CliticReading>
{
    private readonly CliticReading[]? _items;
    private readonly string? _whole;

    internal CliticReadings(CliticReading[] items) => _items = items;

    /// <summary>The single reading of a word that cannot be split: the whole word, no proclitics.</summary>
    internal CliticReadings(string whole) => _whole = whole;

    public int Count => _items?.Length ?? 1;

    public CliticReading this[int index] =>
        _items is not null ? _items[index] : index == 0 ? new CliticReading("", _whole ?? "", false) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A struct enumerator: `foreach` over the readings allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<CliticReading> IEnumerable<CliticReading>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<CliticReading>)this).GetEnumerator();

    /// <summary>Enumerates the readings in order.</summary>
    public struct Enumerator(CliticReadings readings)
    {
        private int _i = -1;

        public readonly CliticReading Current => readings[_i];

        public bool MoveNext() => ++_i < readings.Count;
    }
}
