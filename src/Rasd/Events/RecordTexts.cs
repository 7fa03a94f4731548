using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Strings that several event records of one document repeat, made once per document: a sentence's text (the evidence of
/// every event told in it) and a day written yyyy-MM-dd (most events of a report share its day).
/// </summary>
internal sealed class RecordTexts(Analysis analysis)
{
    private readonly string?[] _sentences = new string?[analysis.Sentences.Count];

    // the last few days written (a report names few)
    private readonly List<(DateOnly Day, string Text)> _days = [];

    /// <summary>The text of the sentence at <paramref name="index"/>.</summary>
    public string Sentence(int index) => _sentences[index] ??= analysis.Sentences[index].Span.Of(analysis.Text);

    /// <summary>The day as yyyy-MM-dd (formatted as before, in the current culture).</summary>
    public string Day(DateOnly day)
    {
        foreach (var (d, text) in _days)
            if (d == day) return text;
        var written = day.ToString("yyyy-MM-dd");
        if (_days.Count < 8) _days.Add((day, written));
        return written;
    }
}
