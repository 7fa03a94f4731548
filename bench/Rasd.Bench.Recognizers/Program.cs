using System.Diagnostics;
using Rasd.Bench.Recognizers;
using Rasd.Time;

// Rasd's time layer and Microsoft.Recognizers.Text.DateTime (Arabic) on the same texts: the dev set and the expression table.
// usage: dotnet run -c Release --project bench/Rasd.Bench.Recognizers [DEV_DIR]
var dev = args.Length > 0 ? args[0] : new[] { "../shared/eval/dev", "../../shared/eval/dev", "../../../shared/eval/dev" }.FirstOrDefault(Directory.Exists);
var sets = new List<(string Name, List<Sample> Samples)>();
if (dev is not null && Directory.Exists(dev)) sets.Add(("dev set", Samples.DevSet(dev)));
else Console.WriteLine("dev set not found (pass its folder); comparing on the expression table only");
sets.Add(("expression table", Samples.Table()));

var rasd = new TimexRecognizer();
var microsoft = new MicrosoftRecognizer();
List<Prediction> RunRasd(Sample s) => rasd.Recognize(s.Text, s.Reference).Select(t => new Prediction(t.Span.Start, t.Span.End, t.Value, t.Mod)).ToList();
List<Prediction> RunMicrosoft(Sample s) => microsoft.Recognize(s.Text, s.Reference);

foreach (var (name, samples) in sets)
{
    long chars = samples.Sum(s => (long)s.Text.Length);
    Console.WriteLine($"== {name}: {samples.Count} texts, {chars:N0} chars, {samples.Sum(s => s.Gold.Count(g => !g.Optional))} required gold timexes");
    foreach (var (system, run) in new (string, Func<Sample, List<Prediction>>)[] { ("Rasd", RunRasd), ("Microsoft.Recognizers 1.8.13", RunMicrosoft) })
    {
        var scorer = new Scorer();
        foreach (var s in samples) scorer.Add(s.Gold, run(s));
        // throughput: repeat until at least two seconds have passed
        int passes = 0;
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < 2 || passes == 0)
        {
            foreach (var s in samples) run(s);
            passes++;
        }
        double rate = chars * passes / sw.Elapsed.TotalSeconds;
        Console.WriteLine($"{scorer.Report(system)}  {rate:N0} chars/s");
    }
    // Rasd's time layer alone, on text already folded and tokenised (as in the pipeline, where the text layer is shared by every stage)
    var tokenizer = new Rasd.Text.Tokenizer(Rasd.Pipeline.ProtectedWords.DefaultAnalyzer);
    var ready = samples.Select(s => (Folded: Rasd.Text.ArabicFolding.FoldWithOffsets(s.Text), s.Reference)).Select(x => (x.Folded, Tokens: tokenizer.Tokenize(x.Folded), x.Reference)).ToList();
    foreach (var x in ready) _ = x.Tokens.Sum(t => t.Readings.Count);
    int n = 0;
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < 2 || n == 0)
    {
        foreach (var x in ready) rasd.Recognize(x.Folded, x.Tokens, x.Reference);
        n++;
    }
    Console.WriteLine($"{"Rasd time layer alone",-28} {chars * n / watch.Elapsed.TotalSeconds:N0} chars/s (text layer done beforehand)");
}
return 0;
