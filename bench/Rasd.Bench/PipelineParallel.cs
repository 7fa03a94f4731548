using System.Diagnostics;
using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Bench;

/// <summary>
/// Both passes of the pipeline bench spread over every core, as <c>rasd extract</c> runs by default (one pipeline per
/// worker) and as an indexer would run Lucene (one analyzer per worker): the same chunks of articles, the same number of
/// workers, alternated over two rounds so that neither side always meets the warmer machine.
/// </summary>
internal static class PipelineParallel
{
    private const int Chunk = 100;

    public static void Run(List<string> texts, List<(string Text, DateOnly? Published)> articles, int warmUp)
    {
        int workers = Environment.ProcessorCount;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers };
        using var pipelines = new ThreadLocal<RasdPipeline>(() => new RasdPipelineBuilder().AddDefaults().Build());
        using var analyzers = new ThreadLocal<Lucene.Net.Analysis.Ar.ArabicAnalyzer>(TextLayerPass.NewAnalyzer, trackAllValues: true);
        var chunks = Enumerable.Range(0, (texts.Count + Chunk - 1) / Chunk).ToList();
        long chars = texts.Sum(t => (long)t.Length);

        double LucenePass(int count) => Time(() => Parallel.ForEach(chunks.Take((count + Chunk - 1) / Chunk), options, c =>
            TextLayerPass.Lucene(texts.GetRange(c * Chunk, Math.Min(Chunk, texts.Count - c * Chunk)), analyzers.Value!)));
        double RasdPass(int count) => Time(() => Parallel.ForEach(chunks.Take((count + Chunk - 1) / Chunk), options, c =>
        {
            var pipeline = pipelines.Value!;
            for (int k = c * Chunk; k < Math.Min(texts.Count, (c + 1) * Chunk); k++)
                pipeline.Extract(new Document(articles[k].Text, null, articles[k].Published));
        }));

        // every worker's pipeline and analyzer warmed (JIT, lexicons) before the clock
        LucenePass(warmUp * workers);
        RasdPass(warmUp * workers);
        Console.WriteLine($"parallel ({workers} workers, chunks of {Chunk}, each pass over all {texts.Count:N0} articles):");
        for (int round = 1; round <= 2; round++)
        {
            double lucene, rasd;
            if (round == 1) { lucene = LucenePass(texts.Count); rasd = RasdPass(texts.Count); }
            else { rasd = RasdPass(texts.Count); lucene = LucenePass(texts.Count); }
            Console.WriteLine($"  round {round}: lucene {lucene,6:F2} s ({chars / lucene,12:N0} chars/s), rasd {rasd,6:F2} s ({chars / rasd,12:N0} chars/s, {texts.Count / rasd,8:N0} articles/s), ratio {lucene / rasd:F2}x");
        }
        foreach (var analyzer in analyzers.Values) analyzer.Dispose();
    }

    private static double Time(Action pass)
    {
        var sw = Stopwatch.StartNew();
        pass();
        return sw.Elapsed.TotalSeconds;
    }
}
