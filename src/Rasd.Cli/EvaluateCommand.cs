using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Rasd.Ner;

namespace Rasd.Cli;

/// <summary>`rasd evaluate ner`: entity-level (CoNLL) precision, recall and F1 of a model on an annotated file.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var cmd = new Command("evaluate", "score a trained model on annotated data");
        cmd.Subcommands.Add(Ner());
        return cmd;
    }

    private static Command Ner()
    {
        var model = new Option<string>("--model") { Description = "model file from `rasd train ner`", Required = true };
        var test = new Option<string>("--test") { Description = "CoNLL test file", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var predictions = new Option<string?>("--predictions") { Description = "also write TOKEN GOLD PREDICTED lines (conlleval input) to this file" };
        var cmd = new Command("ner", "entity-level P/R/F1 (percent), overall and per type") { model, test, format, predictions };
        cmd.SetAction(parse =>
        {
            try
            {
                var m = NerModel.Load(parse.GetValue(model)!);
                var testSet = ConllReader.ReadFile(parse.GetValue(test)!);
                var score = NerEvaluator.Evaluate(m, testSet);
                if (parse.GetValue(predictions) is { } predPath) WritePredictions(m, testSet, predPath);
                Console.Out.WriteLine(parse.GetValue(format) == "json" ? ToJson(score) : ToText(score));
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"rasd evaluate ner: {e.Message}");
                return 1;
            }
        });
        return cmd;
    }

    private static void WritePredictions(NerModel model, IReadOnlyList<NerSentence> test, string path)
    {
        using var w = new StreamWriter(path);
        // tagged as the score tags them: a run of sentences, so the second pass sees its document window
        var sentences = test.Where(s => s.Count > 0).ToList();
        var tagged = model.TagCorpus(sentences);
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            for (int i = 0; i < s.Count; i++) w.Write($"{s.Tokens[i]} {s.Tags[i]} {tagged[k][i]}\n");
            w.Write('\n');
        }
    }

    internal static string ToJson(NerScore s)
    {
        static double R(double v) => Math.Round(v, 2);
        var perType = s.PerType.ToDictionary(t => t.Type, t => new { precision = R(t.Precision), recall = R(t.Recall), f1 = R(t.F1), gold = t.Gold });
        return JsonSerializer.Serialize(new { precision = R(s.Precision), recall = R(s.Recall), f1 = R(s.F1), per_type = perType, tokens = s.Tokens, gold = s.Gold, predicted = s.Predicted, correct = s.Correct });
    }

    internal static string ToText(NerScore s)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Format(inv, "tokens {0}; gold entities {1}; predicted {2}; correct {3}", s.Tokens, s.Gold, s.Predicted, s.Correct),
            string.Format(inv, "{0,-12} {1,9} {2,9} {3,9} {4,7}", "type", "precision", "recall", "F1", "gold"),
        };
        foreach (var t in s.PerType) lines.Add(string.Format(inv, "{0,-12} {1,9:F2} {2,9:F2} {3,9:F2} {4,7}", t.Type, t.Precision, t.Recall, t.F1, t.Gold));
        lines.Add(string.Format(inv, "{0,-12} {1,9:F2} {2,9:F2} {3,9:F2} {4,7}", "overall", s.Precision, s.Recall, s.F1, s.Gold));
        return string.Join('\n', lines);
    }
}
