using System.Diagnostics;
using Rasd.Pipeline;
using Rasd.Text;
using Rasd.Time;

namespace Rasd.Bench;

/// <summary>Throughput of the time layer over the ANT corpus: recognition alone (on tokens made beforehand) and text layer plus time, in chars/s.</summary>
public sealed class TimeBench : IBench
{
    public string Name => "time";

    public string Description => "time-layer throughput (chars/s) over the ANT corpus [limit] [corpus path]";

    public int Run(string[] args)
    {
        int limit = args.Length > 0 && int.TryParse(args[0], out var l) ? l : int.MaxValue;
        var path = AntCorpus.Locate(args.Length > 1 ? args[1] : null);
        var articles = AntCorpus.LoadAll(path, limit);
        long chars = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"{articles.Count} articles, {chars:N0} chars");

        var tokenizer = new Tokenizer(ProtectedWords.DefaultAnalyzer);
        var recognizer = new TimexRecognizer();
        // warm up the lexicons and the JIT
        foreach (var a in articles.Take(200)) recognizer.Recognize(a.Text, a.Published);

        var sw = Stopwatch.StartNew();
        var prepared = articles.Select(a => (Folded: ArabicFolding.FoldWithOffsets(a.Text), a.Published)).Select(a => (a.Folded, Tokens: tokenizer.Tokenize(a.Folded), a.Published)).ToList();
        var textLayer = sw.Elapsed;

        sw.Restart();
        long timexes = 0;
        var types = new Dictionary<TimexType, long>();
        foreach (var (folded, tokens, published) in prepared)
        {
            foreach (var t in recognizer.Recognize(folded, tokens, published))
            {
                timexes++;
                types[t.Type] = types.GetValueOrDefault(t.Type) + 1;
            }
        }
        var time = sw.Elapsed;

        Console.WriteLine($"text layer (fold + tokenise): {textLayer.TotalSeconds:F2} s, {chars / textLayer.TotalSeconds:N0} chars/s");
        Console.WriteLine($"time layer alone:             {time.TotalSeconds:F2} s, {chars / time.TotalSeconds:N0} chars/s");
        Console.WriteLine($"text + time:                  {(textLayer + time).TotalSeconds:F2} s, {chars / (textLayer + time).TotalSeconds:N0} chars/s");
        Console.WriteLine($"timexes: {timexes:N0} ({timexes * 1000.0 / chars:F2} per 1000 chars): {string.Join(", ", types.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:N0}"))}");
        return 0;
    }
}
