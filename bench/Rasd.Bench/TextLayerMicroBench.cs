using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Bench;

/// <summary>Runs the BenchmarkDotNet micro-benchmarks of the text layer (minutes; not for CI).</summary>
public sealed class TextLayerMicroBench : IBench
{
    public string Name => "textlayer-micro";

    public string Description => "BenchmarkDotNet: fold / tokenize / readings / sentences on a few ANT articles (slow, not in CI)";

    public int Run(string[] args)
    {
        BenchmarkRunner.Run<TextLayerMicro>(args: args);
        return 0;
    }
}

/// <summary>Fold, tokenize, clitic readings and sentence splitting on a handful of real articles.</summary>
/// <remarks>In-process, so it runs from the dispatcher like the other benches and finds the corpus the same way.</remarks>
[MemoryDiagnoser]
[InProcess]
public class TextLayerMicro
{
    private readonly Tokenizer _tokenizer = new(ProtectedWords.DefaultAnalyzer);
    private readonly SentenceSplitter _splitter = new();
    private List<string> _texts = [];
    private List<FoldedText> _folded = [];

    [Params(20)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = AntCorpus.LoadAll(AntCorpus.Locate(), Articles).Select(a => a.Text).ToList();
        _folded = _texts.Select(ArabicFolding.FoldWithOffsets).ToList();
    }

    [Benchmark]
    public int Fold()
    {
        int n = 0;
        foreach (var t in _texts) n += ArabicFolding.FoldWithOffsets(t).Folded.Length;
        return n;
    }

    [Benchmark]
    public int Tokenize()
    {
        int n = 0;
        foreach (var f in _folded) n += _tokenizer.Tokenize(f).Count;
        return n;
    }

    [Benchmark]
    public int TokenizeWithReadings()
    {
        int n = 0;
        foreach (var f in _folded)
            foreach (var t in _tokenizer.Tokenize(f))
                if (t.IsWord) n += t.Readings.Count;
        return n;
    }

    [Benchmark(Baseline = true)]
    public long FoldTokenizeReadings() => TextLayerPass.Rasd(_texts).Readings;

    [Benchmark]
    public long Lucene() => TextLayerPass.Lucene(_texts).Tokens;

    [Benchmark]
    public int Sentences()
    {
        int n = 0;
        for (int i = 0; i < _texts.Count; i++) n += _splitter.Split(_texts[i], _tokenizer.Tokenize(_folded[i])).Count;
        return n;
    }
}
