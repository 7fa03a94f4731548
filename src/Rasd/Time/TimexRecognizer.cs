using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Time;

/// <summary>
/// Finds Arabic time expressions and normalises them to TIMEX3 against a publication date.
/// Without a publication date, relative values stay underspecified: XXXX-WXX-3 for a weekday, XXXX-07 for a month
/// without a year, PRESENT_REF for today and UNDEF-REF-unit-MINUS-n / PLUS-n for offsets (HeidelTime's notation); they get no interval.
/// </summary>
public sealed class TimexRecognizer
{
    private readonly TimeLexicon _lexicon;

    public TimexRecognizer(TimeLexicon? lexicon = null)
    {
        _lexicon = lexicon ?? TimeLexicon.Default;
    }

    [ThreadStatic]
    private static TimexParser? t_parser;

    /// <summary>Recognises the timexes of a tokenised text in text order.</summary>
    public IReadOnlyList<Timex> Recognize(FoldedText folded, IReadOnlyList<Token> tokens, DateOnly? published)
    {
        // one parser per thread (it keeps only the text being parsed), not a parser and a number parser per document
        var parser = t_parser is { } kept && ReferenceEquals(kept.Lexicon, _lexicon) ? kept : t_parser = new TimexParser(_lexicon);
        var found = parser.Parse(tokens, published);
        var list = new List<Timex>(found.Count);
        foreach (var c in found)
        {
            var first = tokens[c.First];
            int start = c.Skip > 0 && c.Skip < first.Folded.Length ? folded.ToOriginalSpan(first.FoldedStart + c.Skip, first.FoldedStart + first.Folded.Length).Start : first.Start;
            var span = new TextSpan(start, tokens[c.End - 1].End);
            list.Add(new Timex(span, c.First, c.End - c.First, span.Of(folded.Original), c.Type, c.Value, c.Mod, c.Begin, c.Last)
            {
                RangePartner = c.RangePartner,
                IsRangeStart = c.IsRangeStart,
                IsAnaphoric = c.IsAnaphoric,
            });
        }
        return list;
    }

    /// <summary>Recognises the timexes of a plain text (tokenised with the default clitic analyser).</summary>
    public IReadOnlyList<Timex> Recognize(string text, DateOnly? published)
    {
        var folded = ArabicFolding.FoldWithOffsets(text);
        var tokens = new Tokenizer(ProtectedWords.DefaultAnalyzer).Tokenize(folded);
        return Recognize(folded, tokens, published);
    }
}
