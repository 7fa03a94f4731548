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
        foreach (var s in analysis.Sentences)
            _reader.Read(analysis.Text, analysis.Tokens, s.FirstToken, s.EndToken, s.Index, figures);
        analysis.Set(new FigureLayer(figures));
    }
}
