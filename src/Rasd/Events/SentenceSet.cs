using System.Collections;

namespace Rasd.Events;

/// <summary>
/// The sentence indices of an event's mentions, ascending and each once: a small sorted array (most events are told in
/// one or two sentences), so adding, reading the first and last, and walking them in order allocate no tree nodes or iterators.
/// </summary>
public sealed class SentenceSet : IReadOnlyCollection<int>
{
    // the only sentence while there is one (most events are told in one): the array is made for a second
    private int _single;
    private int[]? _items;

    public int Count { get; private set; }

    /// <summary>The first sentence (0 when there is none, as for an empty sorted set).</summary>
    public int Min => Count == 0 ? 0 : _items is null ? _single : _items[0];

    /// <summary>The last sentence (0 when there is none).</summary>
    public int Max => Count == 0 ? 0 : _items is null ? _single : _items[Count - 1];

    /// <summary>Adds a sentence in its place; false when it is there already.</summary>
    public bool Add(int sentence)
    {
        if (Count == 0)
        {
            _single = sentence;
            Count = 1;
            return true;
        }
        if (_items is null)
        {
            if (sentence == _single) return false;
            _items = sentence < _single ? [sentence, _single] : [_single, sentence];
            Count = 2;
            return true;
        }
        int at = Array.BinarySearch(_items, 0, Count, sentence);
        if (at >= 0) return false;
        at = ~at;
        if (Count == _items.Length) Array.Resize(ref _items, 2 * Count);
        Array.Copy(_items, at, _items, at + 1, Count - at);
        _items[at] = sentence;
        Count++;
        return true;
    }

    public bool Contains(int sentence) => _items is null ? Count == 1 && _single == sentence : Array.BinarySearch(_items, 0, Count, sentence) >= 0;

    // the sentence at a place in the order
    private int At(int i) => _items is null ? _single : _items[i];

    /// <summary>The sentences in ascending order (a struct enumerator: `foreach` allocates nothing).</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<int> IEnumerable<int>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return At(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();

    /// <summary>Walks the sentences in ascending order.</summary>
    public struct Enumerator(SentenceSet set)
    {
        private int _next = -1;

        public readonly int Current => set.At(_next);

        public bool MoveNext() => ++_next < set.Count;
    }
}
