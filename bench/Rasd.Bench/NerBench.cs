using System.Diagnostics;
using Rasd.Ner;

namespace Rasd.Bench;

/// <summary>
/// `ner`: trains on ANERcorp (CAMeL split, restored train) and reports training time, test F1 (restored and as-distributed)
/// and tagging throughput in tokens/s (whole two-pass tagging, featurisation included).
/// Args: [--clusters FILE] [--epochs N] [--model OUT] [--rounds N]; or --load MODEL to skip training.
/// </summary>
public sealed class NerBench : IBench
{
    private const string Dir = "../shared/data/ner/anercorp_camellab/";

    public string Name => "ner";

    public string Description => "NER: ANERcorp training time, test F1, tagging tokens/s";

    public int Run(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var root = new[] { "", "../", "../../" }.FirstOrDefault(p => File.Exists(p + Dir + "derived/ANERCorp_CamelLab_train.restored.txt"));
        if (root is null)
        {
            Console.Error.WriteLine("ner bench: ../shared/data/ner/anercorp_camellab not found");
            return 1;
        }
        var train = ConllReader.ReadFile(root + Dir + "derived/ANERCorp_CamelLab_train.restored.txt");
        var restored = ConllReader.ReadFile(root + Dir + "derived/ANERCorp_CamelLab_test.restored.txt");
        var distributed = ConllReader.ReadFile(root + Dir + "ANERCorp_CamelLab_test.txt");

        NerModel model;
        if (Arg("--load") is { } load)
        {
            model = NerModel.Load(load);
        }
        else
        {
            var clusters = Arg("--clusters") is { } c ? WordClusters.Load(c) : WordClusters.Empty;
            var defaults = new NerTrainerOptions();
            var options = defaults with { Epochs = Arg("--epochs") is { } e ? int.Parse(e) : defaults.Epochs };
            var watch = Stopwatch.StartNew();
            model = new NerTrainer(options, m => Console.Error.WriteLine("  " + m)).Train(train, null, clusters, NerGazetteer.LoadDefault());
            Console.WriteLine($"training: {train.Sum(s => s.Count)} tokens, {options.Epochs} epochs, two passes + 3 folds, ensemble of {options.Ensemble}: {watch.Elapsed.TotalSeconds:F1} s (cpu {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s)");
            if (Arg("--model") is { } outPath) model.Save(outPath);
        }
        foreach (var (name, test) in new[] { ("restored test", restored), ("distributed test", distributed) })
        {
            var s = NerEvaluator.Evaluate(model, test);
            Console.WriteLine($"{name}: P {s.Precision:F2} R {s.Recall:F2} F1 {s.F1:F2}  " + string.Join("  ", s.PerType.Select(t => $"{t.Type} {t.F1:F2}")));
        }

        // throughput: tag the restored test ten times after three warm-up passes (word profiles and their weight sums cached,
        // the JIT past its tier-0 code, as in steady-state use)
        for (int round = 0; round < 3; round++) model.TagCorpus(restored);
        int tokens = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        int rounds = int.Parse(Arg("--rounds") ?? "10");
        for (int round = 0; round < rounds; round++)
        {
            model.TagCorpus(restored);
            tokens += restored.Sum(s => s.Count);
        }
        double wall = clock.Elapsed.TotalSeconds, used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"tagging: {tokens} tokens in {wall:F2} s wall = {tokens / wall:N0} tokens/s ({tokens / Math.Max(used, 1e-9):N0} tokens per cpu-second; the machine is shared)");
        return 0;
    }
}
