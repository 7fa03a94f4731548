using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Tags each sentence's tokens with a trained model and sets the <see cref="NerLayer"/>. Not a default stage (it needs a
/// model file): insert it after the entity stage (<c>builder.InsertBefore("events", …)</c>); it then merges its names into the
/// entity layer by <see cref="NerMerge"/>: gazetteer mentions keep their type, the model adds names no list knows.
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
        var sentences = new List<IReadOnlyList<Token>>();
        var surfaces = new List<IReadOnlyList<string>>();
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.TokenCount == 0) continue;
            var tokens = new Token[sentence.TokenCount];
            var text = new string[sentence.TokenCount];
            for (int i = 0; i < tokens.Length; i++)
            {
                tokens[i] = analysis.Tokens[sentence.FirstToken + i];
                text[i] = tokens[i].Span.Of(analysis.Text);
            }
            sentences.Add(tokens);
            surfaces.Add(text);
        }
        // the whole article is one document: a name found in one sentence informs the others
        var tagged = _model.TagDocument(sentences, surfaces);
        var spans = new List<NerSpan>();
        for (int s = 0; s < sentences.Count; s++)
        {
            foreach (var (type, start, end) in BioTags.Chunks(tagged[s]))
            {
                var first = sentences[s][start];
                var last = sentences[s][end - 1];
                spans.Add(new NerSpan(type, first.Index, end - start, new TextSpan(first.Start, last.End)));
            }
        }
        analysis.Set(new NerLayer(spans));
        if (analysis.Get<Entities.EntityLayer>() is { } entities)
            analysis.Set(new Entities.EntityLayer(NerMerge.Merge(entities.Mentions, spans, analysis.Text)));
    }
}
