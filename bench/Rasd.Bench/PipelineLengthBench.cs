using System.Diagnostics;
using Rasd.Documents;
using Rasd.Pipeline;

namespace Rasd.Bench;

/// <summary>Pipeline speed by article length: chars/s per length band and the slowest articles, to expose rules that grow faster than the text.</summary>
public sealed class PipelineLengthBench : IBench
{
    private static readonly int[] Bands = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, int.MaxValue];

    public string Name => "pipeline-length";

    public string Description => "[LIMIT] [WARMUP=2000]: full pipeline chars/s per article-length band, and the 10 slowest articles per char";

    public int Run(string[] args)
    {
        int limit = args.Length > 0 && int.TryParse(args[0], out var l) ? l : int.MaxValue;
        int warmUp = args.Length > 1 && int.TryParse(args[1], out var w) ? w : 2000;
        var articles = AntCorpus.LoadAll(AntCorpus.Locate(), limit);
        var pipeline = RasdPipeline.CreateDefault();
        foreach (var a in articles.Take(warmUp)) pipeline.Extract(new Document(a.Text, null, a.Published));

        var seconds = new double[Bands.Length];
        var chars = new long[Bands.Length];
        var counts = new int[Bands.Length];
        var perArticle = new List<(int Index, int Length, double Seconds)>(articles.Count);
        var sw = new Stopwatch();
        for (int i = 0; i < articles.Count; i++)
        {
            var (text, published) = articles[i];
            sw.Restart();
            pipeline.Extract(new Document(text, null, published));
            double s = sw.Elapsed.TotalSeconds;
            int band = Array.FindIndex(Bands, b => text.Length < b);
            seconds[band] += s;
            chars[band] += text.Length;
            counts[band]++;
            perArticle.Add((i, text.Length, s));
        }

        Console.WriteLine($"{articles.Count:N0} articles (after {Math.Min(warmUp, articles.Count):N0} warm-up extractions)");
        Console.WriteLine("length band        articles   share of time   chars/s");
        double total = seconds.Sum();
        for (int b = 0; b < Bands.Length; b++)
        {
            if (counts[b] == 0) continue;
            string label = b == Bands.Length - 1 ? $">= {Bands[b - 1]:N0}" : $"< {Bands[b]:N0}";
            Console.WriteLine($"{label,-16} {counts[b],10:N0} {100 * seconds[b] / total,13:F1}%  {chars[b] / seconds[b],10:N0}");
        }
        Console.WriteLine("slowest per char (index, length, ms, chars/s):");
        foreach (var a in perArticle.Where(a => a.Length >= 500).OrderBy(a => a.Length / a.Seconds).Take(10))
            Console.WriteLine($"  #{a.Index,-6} {a.Length,8:N0} {a.Seconds * 1000,8:F1} {a.Length / a.Seconds,12:N0}");
        return 0;
    }
}
