using System.Diagnostics;
using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Quantities;

namespace Rasd.Bench;

/// <summary>Throughput of the figures layer over the ANT corpus: text layer and figure stage timed apart, in chars/s; `--show N` prints N sample figures.</summary>
public sealed class FiguresBench : IBench
{
    public string Name => "figures";

    public string Description => "figures layer throughput over the ANT corpus (chars/s); args: [--limit N] [--show N] [corpus path]";

    public int Run(string[] args)
    {
        int limit = int.MaxValue, show = 0;
        string? path = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--limit") limit = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--show") show = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else path = args[i];
        }
        var textOnly = new RasdPipelineBuilder().Build();
        var stage = new FigureStage();
        var rng = new Random(7);
        long chars = 0, figures = 0;
        int docs = 0;
        var textClock = new Stopwatch();
        var stageClock = new Stopwatch();
        var roles = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, published) in AntCorpus.LoadAll(AntCorpus.Locate(path), limit))
        {
            textClock.Start();
            var analysis = textOnly.Analyze(new Document(text, Published: published));
            if (Environment.GetEnvironmentVariable("FIG_TOUCH") == "1") foreach (var t in analysis.Tokens) _ = t.Readings;
            textClock.Stop();
            stageClock.Start();
            stage.Run(analysis);
            stageClock.Stop();
            var layer = analysis.Get<FigureLayer>()!;
            chars += text.Length;
            figures += layer.Figures.Count;
            docs++;
            foreach (var f in layer.Figures)
            {
                roles[f.Role] = roles.GetValueOrDefault(f.Role) + 1;
                if (show > 0 && rng.Next(12) == 0)
                {
                    show--;
                    var s = analysis.Sentences[f.SentenceIndex].Span;
                    var context = text.Substring(Math.Max(s.Start, f.Span.Start - 60), Math.Min(s.End, f.Span.End + 40) - Math.Max(s.Start, f.Span.Start - 60)).ReplaceLineEndings(" ");
                    Console.WriteLine($"{f.Role}/{f.Group}={f.Value} {f.Qualifier} [{f.Span.Of(text)}] gov [{f.GoverningSpan.Of(text)}] :: {context}");
                }
            }
        }
        double textSec = textClock.Elapsed.TotalSeconds, stageSec = stageClock.Elapsed.TotalSeconds;
        Console.WriteLine($"articles {docs:N0}, chars {chars:N0}, figures {figures:N0} ({string.Join(", ", roles.OrderByDescending(r => r.Value).Select(r => $"{r.Key} {r.Value:N0}"))})");
        Console.WriteLine($"text layer  {textSec:F1} s  {chars / Math.Max(textSec, 1e-9):N0} chars/s");
        Console.WriteLine($"figures     {stageSec:F1} s  {chars / Math.Max(stageSec, 1e-9):N0} chars/s (stage alone, includes lazy clitic readings)");
        Console.WriteLine($"together    {textSec + stageSec:F1} s  {chars / Math.Max(textSec + stageSec, 1e-9):N0} chars/s");
        return 0;
    }
}
