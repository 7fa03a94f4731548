using System.Diagnostics;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Bench;

/// <summary>Folding + tokenising (with clitic readings) over the whole ANT corpus, next to a Lucene.Net ArabicAnalyzer pass over the same texts.</summary>
public sealed class TextLayerBench : IBench
{
    public string Name => "textlayer";

    public string Description => "text layer (fold, tokenize, clitic readings) vs Lucene.Net ArabicAnalyzer on the ANT corpus; args: [CORPUS] [--limit N] [--rounds R]";

    public int Run(string[] args)
    {
        string? corpus = null;
        int limit = int.MaxValue, rounds = 3;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--limit") limit = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--rounds") rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else corpus = args[i];
        }
        var path = AntCorpus.Locate(corpus);
        var load = Stopwatch.StartNew();
        var texts = AntCorpus.LoadAll(path, limit).Select(a => a.Text).ToList();
        long chars = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"corpus: {texts.Count:N0} articles, {chars:N0} chars, loaded in {load.Elapsed.TotalSeconds:F1} s");

        // warm both up (JIT, lexicons) on a slice before timing
        var warm = texts.Take(500).ToList();
        TextLayerPass.Rasd(warm);
        TextLayerPass.Lucene(warm);

        // CPU time is the headline (the machine is shared and throttled, so wall time depends on the neighbours); wall time is printed too
        var rasd = new Best();
        var lucene = new Best();
        TextLayerPass.Counts rasdCounts = default, luceneCounts = default;
        for (int r = 0; r < rounds; r++)
        {
            // alternate the order so neither side always runs on a warmer machine
            if (r % 2 == 0)
            {
                rasdCounts = rasd.Time(() => TextLayerPass.Rasd(texts));
                luceneCounts = lucene.Time(() => TextLayerPass.Lucene(texts));
            }
            else
            {
                luceneCounts = lucene.Time(() => TextLayerPass.Lucene(texts));
                rasdCounts = rasd.Time(() => TextLayerPass.Rasd(texts));
            }
            Console.WriteLine($"round {r + 1}: best so far rasd {rasd.Cpu:F2} s CPU, lucene {lucene.Cpu:F2} s CPU");
        }
        Console.WriteLine();
        Console.WriteLine($"rasd text layer  : {chars / rasd.Cpu / 1e6,7:F2} M chars/s CPU, {chars / rasd.Wall / 1e6,7:F2} M chars/s wall  ({rasdCounts.Tokens:N0} tokens, {rasdCounts.Words:N0} words, {rasdCounts.Readings:N0} clitic readings)");
        Console.WriteLine($"lucene arabic    : {chars / lucene.Cpu / 1e6,7:F2} M chars/s CPU, {chars / lucene.Wall / 1e6,7:F2} M chars/s wall  ({luceneCounts.Tokens:N0} terms)");
        Console.WriteLine($"ratio rasd/lucene: {lucene.Cpu / rasd.Cpu:F2}x by CPU time, {lucene.Wall / rasd.Wall:F2}x by wall time");
        return 0;
    }

    /// <summary>Best (lowest) CPU and wall seconds over the rounds of one pass.</summary>
    private sealed class Best
    {
        public double Cpu { get; private set; } = double.MaxValue;

        public double Wall { get; private set; } = double.MaxValue;

        public TextLayerPass.Counts Time(Func<TextLayerPass.Counts> pass)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(), gcs = GC.CollectionCount(0);
            var wall = Stopwatch.StartNew();
            var counts = pass();
            double w = wall.Elapsed.TotalSeconds;
            process.Refresh();
            double c = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"    {c:F2} s CPU, {w:F2} s wall, {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:F0} MB allocated, {GC.CollectionCount(0) - gcs} GCs");
            Cpu = Math.Min(Cpu, c);
            Wall = Math.Min(Wall, w);
            return counts;
        }
    }
}

/// <summary>The two passes the text-layer benchmarks time: Rasd's fold + tokenize + clitic readings, and Lucene's ArabicAnalyzer.</summary>
public static class TextLayerPass
{
    public readonly record struct Counts(long Tokens, long Words, long Readings);

    private static readonly Tokenizer Tokenizer = new(ProtectedWords.DefaultAnalyzer);

    public static Counts Rasd(IReadOnlyList<string> texts)
    {
        long tokens = 0, words = 0, readings = 0;
        foreach (var text in texts)
        {
            var folded = ArabicFolding.FoldWithOffsets(text);
            var list = Tokenizer.Tokenize(folded);
            tokens += list.Count;
            foreach (var t in list)
            {
                if (!t.IsWord) continue;
                words++;
                readings += t.Readings.Count; // forces the clitic analysis of every word
            }
        }
        return new Counts(tokens, words, readings);
    }

    public static Counts Lucene(IReadOnlyList<string> texts)
    {
        using var analyzer = NewAnalyzer();
        return Lucene(texts, analyzer);
    }

    /// <summary>The analyzer the Lucene pass uses (a caller that runs the pass chunk by chunk keeps one, as an indexer keeps one per thread).</summary>
    public static ArabicAnalyzer NewAnalyzer() => new(LuceneVersion.LUCENE_48);

    public static Counts Lucene(IReadOnlyList<string> texts, ArabicAnalyzer analyzer)
    {
        long terms = 0, termChars = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms++;
                termChars += term.Length;
            }
            stream.End();
        }
        return new Counts(terms, 0, termChars);
    }
}
