using System.Diagnostics;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Store;

namespace Rasd.Bench;

/// <summary>Wraps a stage to add up the time spent in it.</summary>
internal sealed class TimedStage(IAnalysisStage inner) : IAnalysisStage, IRecordContributor
{
    public void Contribute(Analysis analysis, Records.RasdRecord record)
    {
        if (inner is not IRecordContributor c) return;
        long before = GC.GetAllocatedBytesForCurrentThread();
        _watch.Start();
        c.Contribute(analysis, record);
        _watch.Stop();
        Allocated += GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private readonly Stopwatch _watch = new();

    public string Name => inner.Name;

    public TimeSpan Elapsed => _watch.Elapsed;

    /// <summary>Bytes allocated inside the stage (its run and its record contribution).</summary>
    public long Allocated { get; private set; }

    /// <summary>Forgets the time and bytes counted so far (those of the warm-up).</summary>
    public void Reset()
    {
        _watch.Reset();
        Allocated = 0;
    }

    public void Run(Analysis analysis)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        _watch.Start();
        inner.Run(analysis);
        _watch.Stop();
        Allocated += GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

/// <summary>Full extraction (text, time, figures, entities, events) over the ANT corpus next to a Lucene ArabicAnalyzer pass, with peak memory.</summary>
public sealed class PipelineBench : IBench
{
    public string Name => "pipeline";

    public string Description => "[LIMIT] [interleave] [parallel] [--warmup N=200]: full rasd pipeline over the ANT corpus vs Lucene ArabicAnalyzer: chars/s, articles/s, peak memory; parallel: both again on every core";

    public int Run(string[] args)
    {
        var path = AntCorpus.Locate(args.FirstOrDefault(a => a.EndsWith(".gz", StringComparison.Ordinal)));
        int warmAt = Array.IndexOf(args, "--warmup");
        // both passes run their first N articles once before the clock starts (JIT tiering, lexicons)
        int warmUp = warmAt >= 0 && warmAt + 1 < args.Length ? int.Parse(args[warmAt + 1]) : 200;
        int limit = args.Where((_, i) => i != warmAt + 1 || warmAt < 0).Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        var articles = AntCorpus.LoadAll(path, limit > 0 ? limit : int.MaxValue);
        long chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"corpus: {articles.Count:N0} articles, {chars:N0} chars ({path})");

        var texts = articles.Select(a => a.Text).ToList();
        var cold = Stopwatch.StartNew();
        TextLayerPass.Lucene(texts.Take(warmUp).ToList());
        var luceneCold = cold.Elapsed.TotalSeconds;
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var thread = ThreadCpu.Now();
        var sw = Stopwatch.StartNew();
        long luceneTokens = TextLayerPass.Lucene(texts).Tokens;
        var lucene = sw.Elapsed.TotalSeconds;
        var luceneThread = (ThreadCpu.Now() - thread).TotalSeconds;
        process.Refresh();
        // CPU seconds as well as wall seconds: on a shared machine other load stretches wall time unevenly between the passes
        var luceneCpu = (process.TotalProcessorTime - cpu).TotalSeconds;

        var timed = new RasdPipelineBuilder().AddDefaults().Build().Stages.Select(st => new TimedStage(st)).ToList();
        var pipeline = new RasdPipeline(timed);
        cold.Restart();
        foreach (var a in articles.Take(warmUp)) pipeline.Extract(new Document(a.Text, null, a.Published));
        var rasdCold = cold.Elapsed.TotalSeconds;
        foreach (var t in timed) t.Reset();
        GC.Collect();
        long events = 0, figures = 0;
        long allocBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        process.Refresh();
        cpu = process.TotalProcessorTime;
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long methodsBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        thread = ThreadCpu.Now();
        sw.Restart();
        foreach (var a in articles)
        {
            var record = pipeline.Extract(new Document(a.Text, null, a.Published));
            events += record.Events.Count;
            figures += record.Events.Sum(e => e.Figures.Count);
        }
        var rasd = sw.Elapsed.TotalSeconds;
        var rasdThread = (ThreadCpu.Now() - thread).TotalSeconds;
        process.Refresh();
        var rasdCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        var jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
        long methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methodsBefore;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        gen0 = GC.CollectionCount(0) - gen0; gen1 = GC.CollectionCount(1) - gen1; gen2 = GC.CollectionCount(2) - gen2;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine($"warm-up (first {Math.Min(warmUp, articles.Count):N0} articles, cold, untimed below): lucene {luceneCold:F2} s, rasd {rasdCold:F2} s (JIT and lexicon loading)");
        Console.WriteLine($"lucene ArabicAnalyzer : {lucene,7:F2} s  {chars / lucene,12:N0} chars/s  {articles.Count / lucene,8:N0} articles/s  ({luceneTokens:N0} tokens)");
        Console.WriteLine($"rasd full pipeline    : {rasd,7:F2} s  {chars / rasd,12:N0} chars/s  {articles.Count / rasd,8:N0} articles/s  ({events:N0} events, {figures:N0} figures)");
        Console.WriteLine($"ratio rasd/lucene     : {lucene / rasd:F2}x  (target >= 0.25x)");
        Console.WriteLine($"cpu seconds           : lucene {luceneCpu:F2} s, rasd {rasdCpu:F2} s, ratio {luceneCpu / rasdCpu:F2}x (process CPU, GC threads included)");
        Console.WriteLine($"thread cpu seconds    : lucene {luceneThread:F2} s, rasd {rasdThread:F2} s, ratio {luceneThread / rasdThread:F2}x (the passes' own thread: neither other processes nor JIT and GC threads)");
        // tiered compilation goes on recompiling hot methods (instrumented, then optimised) well after the warm-up
        Console.WriteLine($"jit during rasd pass  : {jit.TotalSeconds:F2} s compiling {methods:N0} method bodies (on any thread)");
        var stagesTotal = timed.Sum(t => t.Elapsed.TotalSeconds);
        Console.WriteLine($"  text layer (fold, tokens, sentences) : {rasd - stagesTotal,7:F2} s");
        foreach (var t in timed) Console.WriteLine($"  stage {t.Name,-30} : {t.Elapsed.TotalSeconds,7:F2} s  {chars / t.Elapsed.TotalSeconds,12:N0} chars/s  {t.Allocated / (1024.0 * 1024),6:N0} MB allocated");
        Console.WriteLine($"allocated             : {allocated / (1024.0 * 1024):N0} MB ({allocated / (double)chars:F0} bytes/char); GC pause {pause.TotalSeconds:F2} s; collections gen0 {gen0}, gen1 {gen1}, gen2 {gen2}");
        if (args.Contains("interleave")) Interleaved(texts, articles, pipeline);
        if (args.Contains("parallel")) PipelineParallel.Run(texts, articles, warmUp);
        Console.WriteLine($"peak working set      : {peak / (1024 * 1024):N0} MB (texts held in memory: ~{chars * 2 / (1024 * 1024):N0} MB)");
        return 0;
    }

    // the same passes alternated chunk by chunk, so that load from other processes falls on both alike
    private static void Interleaved(List<string> texts, List<(string Text, DateOnly? Published)> articles, RasdPipeline pipeline)
    {
        const int Chunk = 100;
        double lucene = 0, rasd = 0;
        var sw = new Stopwatch();
        // one analyzer for the whole pass, as the first pass has (not one per chunk)
        using var analyzer = TextLayerPass.NewAnalyzer();
        for (int from = 0; from < texts.Count; from += Chunk)
        {
            int n = Math.Min(Chunk, texts.Count - from);
            sw.Restart();
            TextLayerPass.Lucene(texts.GetRange(from, n), analyzer);
            lucene += sw.Elapsed.TotalSeconds;
            sw.Restart();
            for (int k = from; k < from + n; k++) pipeline.Extract(new Document(articles[k].Text, null, articles[k].Published));
            rasd += sw.Elapsed.TotalSeconds;
        }
        Console.WriteLine($"interleaved (chunks of {Chunk}): lucene {lucene:F2} s, rasd {rasd:F2} s, ratio {lucene / rasd:F2}x");
    }
}
