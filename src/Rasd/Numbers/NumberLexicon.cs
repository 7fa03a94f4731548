using Rasd.Lexicons;
using Rasd.Text;

namespace Rasd.Numbers;

/// <summary>Number words, ordinal words and countable nouns loaded from data/*.tsv, keyed by folded form.</summary>
public sealed class NumberLexicon
{
    /// <summary>Role a number word plays when composing a value.</summary>
    public enum WordKind { Unit, TenWord, Tens, Hundred, HundredPlural, Scale, ScalePlural, Half, Vague }

    private readonly Dictionary<string, (decimal Value, WordKind Kind)> _cardinals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countable = new(StringComparer.Ordinal);
    private readonly HashSet<string> _soundPlural = new(StringComparer.Ordinal);

    private NumberLexicon()
    {
        var cardinals = TsvTable.LoadEmbedded("number_words");
        foreach (var row in cardinals.Rows)
        {
            var kind = cardinals.Cell(row, "kind") switch
            {
                "unit" => WordKind.Unit,
                "ten_word" => WordKind.TenWord,
                "tens" => WordKind.Tens,
                "hundred" => WordKind.Hundred,
                "hundred_plural" => WordKind.HundredPlural,
                "scale" => WordKind.Scale,
                "scale_plural" => WordKind.ScalePlural,
                "half" => WordKind.Half,
                "vague" => WordKind.Vague,
                var k => throw new InvalidDataException($"data/number_words.tsv: unknown kind '{k}'"),
            };
            _cardinals[ArabicFolding.FoldString(row[0])] = (decimal.Parse(cardinals.Cell(row, "value"), System.Globalization.CultureInfo.InvariantCulture), kind);
        }
        var ordinals = TsvTable.LoadEmbedded("ordinal_words");
        foreach (var row in ordinals.Rows)
            _ordinals[ArabicFolding.FoldString(row[0])] = int.Parse(ordinals.Cell(row, "value"), System.Globalization.CultureInfo.InvariantCulture);
        var countable = TsvTable.LoadEmbedded("countable_nouns");
        foreach (var row in countable.Rows)
        {
            var singular = ArabicFolding.FoldString(row[0]);
            _countable.Add(singular);
            // unset: nisba nouns (مدني) take the sound plural -يين, others do not
            var sound = countable.Cell(row, "sound_plural");
            if (sound == "yes" || (sound == "" && singular.EndsWith('ي'))) _soundPlural.Add(singular);
        }
    }

    /// <summary>The shared instance (the tables are immutable once loaded).</summary>
    public static NumberLexicon Default { get; } = new();

    public bool TryCardinal(string folded, out decimal value, out WordKind kind)
    {
        if (_cardinals.TryGetValue(folded, out var e)) { value = e.Value; kind = e.Kind; return true; }
        value = 0; kind = default; return false;
    }

    public bool TryOrdinal(string folded, out int value) => _ordinals.TryGetValue(folded, out value);

    public bool IsCountableNoun(string folded) => _countable.Contains(folded);

    /// <summary>As <see cref="IsCountableNoun(string)"/> on a span (no string made for a stripped form).</summary>
    public bool IsCountableNoun(ReadOnlySpan<char> folded) => _countable.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded);

    /// <summary>Whether the noun's -ين form is (also) its sound plural, so an unmarked -ين does not count two.</summary>
    public bool HasSoundPlural(string folded) => _soundPlural.Contains(folded);

    /// <summary>The folded cardinal number words.</summary>
    internal IEnumerable<string> CardinalWords => _cardinals.Keys;

    /// <summary>The folded ordinal words.</summary>
    internal IEnumerable<string> OrdinalWords => _ordinals.Keys;

    /// <summary>Every folded word the number tables know (so clitic splitting never cuts into one).</summary>
    public IEnumerable<string> Words => _cardinals.Keys.Concat(_ordinals.Keys).Concat(_countable);
}
