using System.CommandLine;
using System.Diagnostics;
using Rasd.Ner;

namespace Rasd.Cli;

/// <summary>`rasd train ner` (a BIO tagger from a CoNLL corpus) and `rasd train clusters` (word clusters from raw news text).</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "train a model from data you supply");
        cmd.Subcommands.Add(Ner());
        cmd.Subcommands.Add(Clusters());
        cmd.Subcommands.Add(Names());
        return cmd;
    }

    private static Command Ner()
    {
        var train = new Option<string>("--train") { Description = "CoNLL training file (TOKEN TAG per line, blank line between sentences)", Required = true };
        var dev = new Option<string?>("--dev") { Description = "CoNLL dev file: keeps the epoch with the best dev F1" };
        var output = new Option<string>("--out") { Description = "model file to write (e.g. anercorp.rasdner)", Required = true };
        var clusters = new Option<string?>("--clusters") { Description = "word cluster file from `rasd train clusters` (embedded into the model)" };
        var epochs = new Option<int>("--epochs") { Description = "passes over the training data", DefaultValueFactory = _ => new NerTrainerOptions().Epochs };
        var bits = new Option<int>("--bits") { Description = "log2 of the hashed feature table size", DefaultValueFactory = _ => new NerTrainerOptions().Bits };
        var features = new Option<string?>("--features") { Description = "feature groups, comma separated (default all): " + string.Join(",", GroupNames()) + "; prefix '-' to drop one from all, '+' to add an opt-in one" };
        var margin = new Option<float>("--margin") { Description = "loss-augmented training: cost of a wrong token label while decoding (0 = plain perceptron)", DefaultValueFactory = _ => new NerTrainerOptions().Margin };
        var dropout = new Option<float>("--word-dropout") { Description = "share of training tokens seen without word identity features per epoch (0 = off)", DefaultValueFactory = _ => new NerTrainerOptions().WordDropout };
        var noShared = new Option<bool>("--no-shared-type-weights") { Description = "train without the per-type weights shared by B- and I- labels" };
        var seed = new Option<int>("--seed") { Description = "seed of the per-epoch shuffle", DefaultValueFactory = _ => new NerTrainerOptions().Seed };
        var ensemble = new Option<int>("--ensemble") { Description = "average the weights of N perceptrons trained with different shuffles", DefaultValueFactory = _ => new NerTrainerOptions().Ensemble };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "extra name list CATEGORY=FILE (TSV or CSV; every Arabic cell is a name), repeatable; embedded into the model", AllowMultipleArgumentsPerToken = false };
        var tuneO = new Option<float>("--tune-o-bias") { Description = "hold out this share of the training tail (e.g. 0.1) to tune how much the final pass lowers the O score; 0 = off" };
        var names = new Option<string[]>("--names") { Description = "name list from `rasd train names` (category TAB name), repeatable; embedded into the model", AllowMultipleArgumentsPerToken = false };
        var fromConll = new Option<string[]>("--gazetteer-from-conll") { Description = "another annotated CoNLL corpus whose entity strings become gazetteer names (conll:TYPE, conll:PER-first/-last), repeatable; never the test file", AllowMultipleArgumentsPerToken = false };
        var scheme = new Option<TagScheme>("--scheme") { Description = "label encoding inside the model: bio or bilou (tagging answers in BIO either way)", DefaultValueFactory = _ => new NerTrainerOptions().Scheme };
        var cmd = new Command("ner", "train a named-entity tagger (averaged perceptron, BIO)") { train, dev, output, clusters, epochs, bits, features, margin, dropout, noShared, seed, ensemble, gazetteers, names, fromConll, tuneO, scheme };
        cmd.SetAction(parse => Reported("rasd train ner", () =>
        {
            var groups = ParseGroups(parse.GetValue(features));
            var watch = Stopwatch.StartNew();
            var trainSet = ConllReader.ReadFile(parse.GetValue(train)!);
            var devPath = parse.GetValue(dev);
            var devSet = devPath is null ? null : ConllReader.ReadFile(devPath);
            var clusterPath = parse.GetValue(clusters);
            var wordClusters = clusterPath is null || (groups & NerFeatureGroups.Clusters) == 0 ? WordClusters.Empty : WordClusters.Load(clusterPath);
            var extra = (parse.GetValue(gazetteers) ?? []).SelectMany(spec =>
            {
                int eq = spec.IndexOf('=');
                if (eq <= 0) throw new ArgumentException($"--gazetteer wants CATEGORY=FILE, got '{spec}'");
                return NerGazetteer.ReadFile(spec[(eq + 1)..], spec[..eq]);
            }).ToList();
            foreach (var file in parse.GetValue(names) ?? []) extra.AddRange(NameHarvester.Load(file));
            foreach (var file in parse.GetValue(fromConll) ?? []) extra.AddRange(NameHarvester.FromConll(ConllReader.ReadFile(file), "conll:"));
            var gazetteer = (groups & NerFeatureGroups.Gazetteer) == 0 ? NerGazetteer.Empty : NerGazetteer.LoadDefault(extra);
            Console.Error.WriteLine($"rasd train ner: {trainSet.Count} sentences; {wordClusters.Count} clustered words; {gazetteer.Entries.Count} gazetteer entries; features {groups}");
            var options = new NerTrainerOptions { Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits), Groups = groups, Margin = parse.GetValue(margin), WordDropout = parse.GetValue(dropout), Seed = parse.GetValue(seed), SharedTypeWeights = !parse.GetValue(noShared), Ensemble = parse.GetValue(ensemble), OutsideHoldout = parse.GetValue(tuneO), Scheme = parse.GetValue(scheme) };
            if (options.Ensemble < 1) throw new ArgumentException("--ensemble must be at least 1");
            if (options.Bits is < 12 or > 24) throw new ArgumentException("--bits must be between 12 and 24");
            var model = new NerTrainer(options, m => Console.Error.WriteLine("  " + m)).Train(trainSet, devSet, wordClusters, gazetteer);
            var outPath = parse.GetValue(output)!;
            model.Save(outPath);
            Console.Error.WriteLine($"rasd train ner: wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:F1}s");
            return 0;
        }));
        return cmd;
    }

    private static Command Clusters()
    {
        var corpus = new Option<string>("--corpus") { Description = "raw text: a .jsonl(.gz) of articles (title, text fields), a .txt file, or a folder of .txt files", Required = true };
        var output = new Option<string>("--out") { Description = "cluster file to write (TSV: word, coarse, mid, fine)", Required = true };
        var vocabulary = new Option<int>("--words") { Description = "cluster the most frequent N words", DefaultValueFactory = _ => new ClusterOptions().Words };
        var k = new Option<int>("--k") { Description = "number of fine clusters (mid = k/4, coarse = k/16)", DefaultValueFactory = _ => new ClusterOptions().Clusters };
        var minCount = new Option<int>("--min-count") { Description = "words seen fewer times get no cluster", DefaultValueFactory = _ => new ClusterOptions().MinCount };
        var method = new Option<ClusterMethod>("--method") { Description = "word vectors to cluster: ppmi (sparse context counts) or skipgram (word2vec)", DefaultValueFactory = _ => new ClusterOptions().Method };
        var epochs = new Option<int>("--epochs") { Description = "skip-gram passes over the corpus", DefaultValueFactory = _ => new ClusterOptions().Epochs };
        var limit = new Option<int>("--max-docs") { Description = "read at most N documents", DefaultValueFactory = _ => int.MaxValue };
        var stems = new Option<bool>("--stems") { Description = "cluster clitic-stripped stems (و ب ل ف ك removed, the article kept) instead of whole tokens" };
        var cmd = new Command("clusters", "learn word clusters from unlabelled text (k-means over PPMI context vectors)") { corpus, output, vocabulary, k, minCount, method, epochs, limit, stems };
        cmd.SetAction(parse => Reported("rasd train clusters", () =>
        {
            var watch = Stopwatch.StartNew();
            var options = new ClusterOptions { Words = parse.GetValue(vocabulary), Clusters = parse.GetValue(k), MinCount = parse.GetValue(minCount), Method = parse.GetValue(method), Epochs = parse.GetValue(epochs), Stems = parse.GetValue(stems) };
            var texts = ClusterCorpus.Read(parse.GetValue(corpus)!, parse.GetValue(limit));
            var clusters = new ClusterBuilder(options, m => Console.Error.WriteLine("  " + m)).Build(texts);
            var outPath = parse.GetValue(output)!;
            clusters.Save(outPath);
            Console.Error.WriteLine($"rasd train clusters: wrote {clusters.Count} words to {outPath} in {watch.Elapsed.TotalSeconds:F1}s");
            return 0;
        }));
        return cmd;
    }

    private static Command Names()
    {
        var conll = new Option<string[]>("--conll") { Description = "annotated CoNLL corpus: every entity string becomes a name of its type, repeatable", AllowMultipleArgumentsPerToken = false };
        var model = new Option<string?>("--model") { Description = "a model from `rasd train ner` that tags --corpus: names it finds often, with one type, are kept" };
        var corpus = new Option<string?>("--corpus") { Description = "raw text for --model: a .jsonl(.gz) of articles, a .txt file, or a folder of .txt files" };
        var output = new Option<string>("--out") { Description = "name list to write (TSV: category, name)", Required = true };
        var prefix = new Option<string?>("--prefix") { Description = "category prefix (default conll: for --conll, auto: for --model)" };
        var minCount = new Option<int>("--min-count") { Description = "--model: keep names tagged at least N times", DefaultValueFactory = _ => 3 };
        var minShare = new Option<double>("--min-share") { Description = "--model: keep names whose commonest type has at least this share of their tags", DefaultValueFactory = _ => 0.7 };
        var limit = new Option<int>("--max-docs") { Description = "--model: read at most N documents", DefaultValueFactory = _ => int.MaxValue };
        var taggedOut = new Option<string?>("--tagged-out") { Description = "--model: also write the machine-tagged sentences that hold a name as CoNLL (self-training data)" };
        var cmd = new Command("names", "build a gazetteer name list for `rasd train ner --names` from annotated corpora or from raw text tagged by a model") { conll, model, corpus, output, prefix, minCount, minShare, limit, taggedOut };
        cmd.SetAction(parse => Reported("rasd train names", () =>
        {
            var watch = Stopwatch.StartNew();
            var entries = new List<GazetteerEntry>();
            foreach (var file in parse.GetValue(conll) ?? []) entries.AddRange(NameHarvester.FromConll(ConllReader.ReadFile(file), parse.GetValue(prefix) ?? "conll:"));
            if (parse.GetValue(model) is { } modelPath)
            {
                var corpusPath = parse.GetValue(corpus) ?? throw new ArgumentException("--model needs --corpus");
                var texts = ClusterCorpus.Read(corpusPath, parse.GetValue(limit));
                using var tagged = parse.GetValue(taggedOut) is { } t ? new StreamWriter(t, false, new System.Text.UTF8Encoding(false)) : null;
                entries.AddRange(NameHarvester.FromTagged(NerModel.Load(modelPath), texts, parse.GetValue(prefix) ?? "auto:", parse.GetValue(minCount), parse.GetValue(minShare), m => Console.Error.WriteLine("  " + m), tagged));
            }
            else if ((parse.GetValue(conll) ?? []).Length == 0) throw new ArgumentException("give --conll FILE or --model MODEL --corpus TEXT");
            var outPath = parse.GetValue(output)!;
            NameHarvester.Save(entries, outPath);
            Console.Error.WriteLine($"rasd train names: wrote {entries.Count} names to {outPath} in {watch.Elapsed.TotalSeconds:F1}s");
            return 0;
        }));
        return cmd;
    }

    // bad input (unreadable corpus, wrong option value) is one line on stderr and exit code 1, not a stack trace
    private static int Reported(string command, Func<int> run)
    {
        try { return run(); }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"{command}: {e.Message}");
            return 1;
        }
    }

    private static IEnumerable<string> GroupNames() =>
        Enum.GetValues<NerFeatureGroups>().Where(g => g is not NerFeatureGroups.None and not NerFeatureGroups.All).Select(g => g.ToString().ToLowerInvariant());

    /// <summary>"word,folded" selects groups; "-clusters,-gazetteer" drops them from all.</summary>
    public static NerFeatureGroups ParseGroups(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec) || spec == "all") return NerFeatureGroups.All;
        var parts = spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        bool relative = parts.All(p => p[0] is '-' or '+');
        var groups = relative ? NerFeatureGroups.All : NerFeatureGroups.None;
        foreach (var p in parts)
        {
            var name = p.TrimStart('-', '+');
            if (!Enum.TryParse<NerFeatureGroups>(name, true, out var g)) throw new ArgumentException($"unknown feature group '{name}' (known: {string.Join(", ", GroupNames())})");
            groups = p[0] == '-' ? groups & ~g : groups | g;
        }
        return groups;
    }
}
