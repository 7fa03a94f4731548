using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Strings and parts that several event records of one document repeat, made once per document: a sentence's text and its
/// evidence record (the evidence of every event told in it), a day written yyyy-MM-dd and a span of days (most events of a
/// report share its day). The records are immutable, so events share them.
/// </summary>
internal sealed class RecordTexts(Analysis analysis)
{
    private readonly string?[] _sentences = new string?[analysis.Sentences.Count];

    private readonly Records.SpanRecord?[] _evidence = new Records.SpanRecord?[analysis.Sentences.Count];

    // the last few spans of days written
    private readonly List<Records.DayInterval> _intervals = [];

    /// <summary>The text of the sentence at <paramref name="index"/>.</summary>
    public string Sentence(int index) => _sentences[index] ??= analysis.Sentences[index].Span.Of(analysis.Text);

    /// <summary>The evidence record of the sentence at <paramref name="index"/>: its span and text.</summary>
    public Records.SpanRecord Evidence(int index)
    {
        if (_evidence[index] is { } made) return made;
        var span = analysis.Sentences[index].Span;
        return _evidence[index] = new Records.SpanRecord(span.Start, span.End) { Text = Sentence(index) };
    }

    /// <summary>The days from <paramref name="begin"/> to <paramref name="end"/> as a record of two yyyy-MM-dd days.</summary>
    public Records.DayInterval Days(DateOnly begin, DateOnly end)
    {
        var b = Day(begin);
        var e = Day(end);
        // (a day is written as one string: the same pair is the same two strings)
        foreach (var known in _intervals)
            if (ReferenceEquals(known.Begin, b) && ReferenceEquals(known.End, e)) return known;
        var interval = new Records.DayInterval(b, e);
        if (_intervals.Count < 8) _intervals.Add(interval);
        return interval;
    }

    /// <summary>The day as yyyy-MM-dd (<see cref="Records.IsoDays"/>: one string per day, so equal days are the same string).</summary>
    public static string Day(DateOnly day) => Records.IsoDays.Of(day);
}
