using Rasd.Documents;
using Rasd.Records;
using Rasd.Text;

namespace Rasd.Pipeline;

/// <summary>Runs the text layer and then each registered stage in order; produces analyses and rasd/1 records.</summary>
public sealed class RasdPipeline
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter = new();

    public RasdPipeline(IEnumerable<IAnalysisStage> stages, CliticAnalyzer? clitics = null)
    {
        Stages = stages.ToList();
        LexiconPreload.EnsureLoaded();
        _tokenizer = new Tokenizer(clitics ?? ProtectedWords.DefaultAnalyzer);
    }

    public IReadOnlyList<IAnalysisStage> Stages { get; }

    /// <summary>The pipeline with every built-in stage.</summary>
    public static RasdPipeline CreateDefault() => new RasdPipelineBuilder().AddDefaults().Build();

    public Analysis Analyze(Document document)
    {
        var folded = ArabicFolding.FoldWithOffsets(document.Text);
        document.HashFrom(folded);
        var tokens = _tokenizer.Tokenize(folded);
        var sentences = _splitter.Split(document.Text, tokens);
        var analysis = new Analysis(document, folded, tokens, sentences);
        // (index loops over the stages here and in ToRecord: a foreach over the read-only list boxed an enumerator per document)
        for (int k = 0; k < Stages.Count; k++) Stages[k].Run(analysis);
        return analysis;
    }

    /// <summary>Analyses a document and writes its rasd/1 record.</summary>
    public RasdRecord Extract(Document document)
    {
        var analysis = Analyze(document);
        var record = ToRecord(analysis);
        // the analysis is not returned: its buffers can serve the next one
        analysis.Release();
        return record;
    }

    public RasdRecord ToRecord(Analysis analysis)
    {
        var d = analysis.Document;
        var record = new RasdRecord
        {
            Document = new DocumentRecord(d.Id, d.Hash, d.Published is { } published ? IsoDays.Of(published) : null, d.Source, d.Url, d.Title) { Text = d.TextExtracted ? d.Text : null },
            Sentences = SentenceSpans(analysis.Sentences),
        };
        for (int k = 0; k < Stages.Count; k++)
            if (Stages[k] is IRecordContributor c) c.Contribute(analysis, record);
        return record;
    }

    // a loop rather than Select(...).ToList(): no iterator and delegate call per record
    private static List<SpanRecord> SentenceSpans(IReadOnlyList<Sentence> sentences)
    {
        var spans = new List<SpanRecord>(sentences.Count);
        for (int k = 0; k < sentences.Count; k++) spans.Add(new SpanRecord(sentences[k].Span.Start, sentences[k].Span.End));
        return spans;
    }
}
