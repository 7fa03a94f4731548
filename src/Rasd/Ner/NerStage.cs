using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Tags each sentence's tokens with a trained model and sets the <see cref="NerLayer"/>. Not a default stage (it needs a
/// model file): add it with <c>builder.Add(new NerStage(NerModel.Load(path)))</c> after the defaults.
/// </summary>
public sealed class NerStage : IAnalysisStage
{
    private readonly NerModel _model;

    public NerStage(NerModel model)
    {
        _model = model;
    }

    public string Name => "ner";

    public void Run(Analysis analysis)
    {
        var spans = new List<NerSpan>();
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var tokens = new Token[sentence.TokenCount];
            var surfaces = new string[sentence.TokenCount];
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i] = analysis.Tokens[sentence.FirstToken + i];
                surfaces[i] = tokens[i].Span.Of(analysis.Text);
            }
            var tags = _model.Tag(tokens, surfaces);
            foreach (var (type, start, end) in BioTags.Chunks(tags))
            {
                var first = tokens[start];
                var last = tokens[end - 1];
                spans.Add(new NerSpan(type, first.Index, end - start, new TextSpan(first.Start, last.End)));
            }
        }
        analysis.Set(new NerLayer(spans));
    }
}
