using System.Text;
using System.Text.Json.Nodes;
using Rasd.Evaluation;
using Rasd.Pipeline;
using Xunit.Abstractions;

namespace Rasd.Tests.Evaluation;

/// <summary>The C# scorer and ../shared/eval/score.py give the same numbers and the same lines on the same predictions.</summary>
public sealed class ScorerAgreementTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _tmp = Directory.CreateTempSubdirectory("rasd-eval-").FullName;

    public void Dispose() => Directory.Delete(_tmp, recursive: true);

    private static readonly UTF8Encoding Utf8 = new(false);

    private string NewDir(string name) => Directory.CreateDirectory(Path.Combine(_tmp, name)).FullName;

    private static List<(string Name, JsonObject Gold)> Golds(string dev) =>
        EvalFiles.GoldFiles(dev).Select(p => (EvalFiles.NameOf(p), (JsonObject)JsonNode.Parse(File.ReadAllText(p))!)).ToList();

    [Fact]
    public void PipelinePredictionsScoreTheSame()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null)
        {
            output.WriteLine(SharedData.SkipMessage);
            return;
        }
        var predOut = NewDir("pipeline");
        var warnings = new StringWriter();
        var inMemory = EvalRunner.Run(dev, PipelinePredictor.Create(RasdPipeline.CreateDefault(), predOut, warnings));
        Assert.Equal("", warnings.ToString());
        Assert.Equal(EvalFiles.GoldFiles(dev).Count, Directory.GetFiles(predOut, "*.json").Length);
        // what was scored in memory is what the written files hold
        var fromFiles = EvalRunner.Run(dev, EvalRunner.FromFolder(predOut, warnings));
        Assert.Equal(EvalReport.Json(fromFiles, detail: true), EvalReport.Json(inMemory, detail: true));
        output.WriteLine($"pipeline: headline {inMemory.Summary.Headline:0.000}");
        AssertAgree(dev, [("pipeline", predOut, inMemory)]);
    }

    [Fact]
    public void GoldEmptyAndPerturbedPredictionsScoreTheSame()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null)
        {
            output.WriteLine(SharedData.SkipMessage);
            return;
        }
        var golds = Golds(dev);
        var sets = new List<(string Label, Func<string, JsonObject, string?> Make)>
        {
            ("gold-stripped", (_, g) => PredictionPerturber.Write(PredictionPerturber.Strip(g)!)),
            ("gold-as-is", (_, g) => PredictionPerturber.Write(g)),
            ("empty-records", (_, _) => "{}"),
            ("no-predictions", (_, _) => null),
        };
        foreach (var (seed, rate) in new[] { (1, 0.15), (2, 0.3), (3, 0.5), (4, 0.8), (5, 1.0), (6, 0.4) })
        {
            var perturber = new PredictionPerturber(seed);
            sets.Add(($"perturbed-{seed}-{rate}", (_, g) => PredictionPerturber.Write(perturber.Perturb(g, rate))));
        }
        var runs = new List<(string, string, EvalResult)>();
        foreach (var (label, make) in sets)
        {
            var dir = NewDir(label);
            foreach (var (name, gold) in golds)
                if (make(name, gold) is { } json) File.WriteAllText(Path.Combine(dir, name + ".json"), json, Utf8);
            var ours = EvalRunner.Run(dev, EvalRunner.FromFolder(dir, TextWriter.Null));
            output.WriteLine($"{label}: headline {ours.Summary.Headline:0.000}");
            if (label == "gold-stripped") Assert.Equal(1.0, ours.Summary.Headline);
            if (label == "no-predictions") Assert.Equal(golds.Count, ours.Missing.Count);
            runs.Add((label, dir, ours));
        }
        // the damaged sets reach every kind of detail line, so the comparison covers every branch that writes one
        var lines = runs.SelectMany(r => r.Item3.Detail.SelectMany(d => d.Lines)).ToList();
        string[] kinds =
        [
            "timex FN ", "timex FP ", "timex VALUE ", "entity FN ", "entity FP ", "event DIFF ", "event FN ", "event FP ",
            "figure QUAL ", "figure FN ", "figure FP ", ": actors gold ", "targets gold ", "places gold ", "mode gold ", "time gold ",
        ];
        foreach (var kind in kinds) Assert.Contains(lines, l => l.Contains(kind, StringComparison.Ordinal));
        AssertAgree(dev, runs);
    }

    [Fact]
    public void OddPredictionFilesScoreTheSame()
    {
        var dev = SharedData.PathOrNull("eval/dev");
        if (dev is null)
        {
            output.WriteLine(SharedData.SkipMessage);
            return;
        }
        var golds = Golds(dev);
        var dir = NewDir("odd");
        string Stripped(JsonObject g) => PredictionPerturber.Write(PredictionPerturber.Strip(g)!);
        static string Nest(int n) => new string('[', n) + new string(']', n);
        var odd = new List<Func<JsonObject, object?>>
        {
            _ => null, // missing
            _ => "null",
            _ => "[1, 2]",
            _ => "{\"events\": [",
            g => "\uFEFF" + Stripped(g),
            g => Encoding.UTF8.GetBytes(Stripped(g)).Concat(new byte[] { 0x20, 0xFF }).ToArray(),
            g => Stripped(g).Replace("\n", "\r\n"),
            g => "{\"events\": [], \"timexes\": 5, " + Stripped(g).TrimStart()[1..], // repeated keys: the last wins
            g => Stripped(g).TrimEnd()[..^1] + ", \"deep\": " + Nest(PyJson.MaxDepth - 1) + "}",
            g => Stripped(g).TrimEnd()[..^1] + ", \"deep\": " + Nest(PyJson.MaxDepth) + "}",
            _ => "{\"events\": [{\"type\": \"ASSAULT\", \"figures\": [{\"role\": \"killed\", \"group\": \"all\", \"value\": " + new string('7', PyJson.MaxIntDigits + 1) + "}]}]}",
            _ => new DirectoryInfo("unused"),
            _ => """
                {"entities": [{"text": "\ud800 ب\u0654ت \ud83d\ude00 ﬁn_x", "type": "LOC"}, {"text": ["a", 1.5, {"k": null}], "type": "ORG"}],
                 "timexes": [{"start": 3, "end": 9, "value": "٢٠١٨-٠٤-٠٢"}, {"start": 0, "end": 4, "text": 12}]}
                """,
            _ => """
                {"timexes": [1, null, {"start": "5", "end": true, "value": 7, "mod": []}, {"start": 0, "end": 40, "value": null}],
                 "entities": "Syria",
                 "events": [null, {"type": ["ASSAULT"], "time": "yesterday", "actors": 7, "places": [null, 3],
                                   "figures": [{"role": null, "value": "many"}, "x"]},
                            {"type": "AGREE", "mode": 3, "time": {"begin": "2018-03", "end": 5}, "actors": "TURGOV",
                             "figures": {"role": "killed"}}]}
                """,
            g => Stripped(g).Replace("2018-", "2018-0").Replace("\"mode\": \"actual\"", "\"mode\": \"ACTUAL \""),
        };
        for (var i = 0; i < golds.Count; i++)
        {
            var (name, gold) = golds[i];
            var path = Path.Combine(dir, name + ".json");
            switch (odd[i % odd.Count](gold))
            {
                case string s: File.WriteAllText(path, s, Utf8); break;
                case byte[] b: File.WriteAllBytes(path, b); break;
                case DirectoryInfo: Directory.CreateDirectory(path); break;
            }
        }
        var ours = EvalRunner.Run(dev, EvalRunner.FromFolder(dir, TextWriter.Null));
        output.WriteLine($"odd files: headline {ours.Summary.Headline:0.000}, unreadable {string.Join(", ", ours.Unreadable)}");
        Assert.NotEmpty(ours.Unreadable);
        AssertAgree(dev, [("odd", dir, ours)]);
    }

    /// <summary>score.py --json --detail and the table with --detail equal ours: every number within 1e-9, every line the same.</summary>
    private void AssertAgree(string dev, List<(string Label, string PredDir, EvalResult Ours)> runs)
    {
        if (ScorePy.Python is null)
        {
            output.WriteLine(ScorePy.NoPythonMessage);
            return;
        }
        var args = runs.SelectMany(r => new[]
        {
            new[] { "--gold", dev, "--pred", r.PredDir, "--json", "--detail" },
            ["--gold", dev, "--pred", r.PredDir, "--detail"],
        }).ToList();
        var theirs = ScorePy.Run(Path.GetFullPath(Path.Combine(dev, "..")), args).Select(PyText.BackslashReplaceSurrogates).ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            var (label, _, ours) = runs[i];
            var (theirJson, theirTable) = (theirs[2 * i], theirs[2 * i + 1]);
            var ourJson = PyText.BackslashReplaceSurrogates(EvalReport.Json(ours, detail: true));
            AssertSameJson(JsonNode.Parse(theirJson), JsonNode.Parse(ourJson), label);
            Assert.Equal(theirJson, ourJson);
            Assert.Equal(theirTable, PyText.BackslashReplaceSurrogates(EvalReport.DetailText(ours) + EvalReport.Table(ours)));
            output.WriteLine($"{label}: score.py agrees (headline {theirJson.Split("\"headline\": ")[1].Split(',', '\n')[0]})");
        }
    }

    private static void AssertSameJson(JsonNode? theirs, JsonNode? ours, string where)
    {
        switch (theirs)
        {
            case JsonObject t:
                var o = Assert.IsType<JsonObject>(ours);
                Assert.Equal(t.Select(kv => kv.Key), o.Select(kv => kv.Key));
                foreach (var (k, v) in t) AssertSameJson(v, o[k], $"{where}.{k}");
                break;
            case JsonArray t:
                var a = Assert.IsType<JsonArray>(ours);
                Assert.Equal(t.Count, a.Count);
                for (var i = 0; i < t.Count; i++) AssertSameJson(t[i], a[i], $"{where}[{i}]");
                break;
            case JsonValue t when t.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                var diff = Math.Abs(t.GetValue<double>() - ours!.GetValue<double>());
                Assert.True(diff <= 1e-9, $"{where}: score.py {t} vs {ours}");
                break;
            default:
                Assert.Equal(theirs?.ToJsonString(), ours?.ToJsonString());
                break;
        }
    }
}
