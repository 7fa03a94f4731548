using Rasd.Pipeline;

namespace Rasd.Quantities;

/// <summary>The "figures" stage: reads every casualty and event count of the document, sentence by sentence, into a <see cref="FigureLayer"/>.</summary>
public sealed class FigureStage : IAnalysisStage
{
    private readonly FigureReader _reader;

    public FigureStage(FigureReader? reader = null)
    {
        _reader = reader ?? new FigureReader();
    }

    public string Name => "figures";

    public void Run(Analysis analysis)
    {
        var figures = new List<Figure>();
        var dates = DateTokens(analysis);
        // (an index loop: a foreach over the read-only list boxed an enumerator per document)
        var sentences = analysis.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            _reader.Read(analysis.Text, analysis.Tokens, s.FirstToken, s.EndToken, s.Index, figures, dates);
        }
        analysis.Set(new FigureLayer(figures));
    }

    // "في أيلول 2010 اعتقل", "ومنذ 2011 قتل": the digits of a date the time stage read are no count; null when no date has digits
    private static bool[]? DateTokens(Analysis analysis)
    {
        if (analysis.Get<Time.TimexLayer>() is not { } layer) return null;
        bool[]? marks = null;
        foreach (var t in layer.Timexes)
        {
            if (t.Type is not (Time.TimexType.Date or Time.TimexType.Time)) continue;
            for (int k = t.FirstToken; k < t.EndToken && k < analysis.Tokens.Count; k++)
                if (analysis.Tokens[k].IsNumber) (marks ??= Marks(analysis.Tokens.Count))[k] = true;
        }
        return marks;
    }

    // the marks are read during the run only: one buffer per thread, cleared for each document, rather than an array the
    // length of the text for most documents (most have a date with digits)
    [ThreadStatic]
    private static bool[]? t_marks;

    private static bool[] Marks(int count)
    {
        var marks = t_marks;
        if (!Text.ThreadBuffers.Keeps(count)) return new bool[count];
        if (marks is null || marks.Length < count) return t_marks = new bool[Math.Min(Math.Max(count, 2 * (marks?.Length ?? 512)), Text.ThreadBuffers.MaxKeptLength)];
        Array.Clear(marks, 0, count);
        return marks;
    }
}
