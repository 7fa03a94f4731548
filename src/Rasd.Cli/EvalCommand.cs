using System.CommandLine;
using Rasd.Evaluation;
using Rasd.Pipeline;

namespace Rasd.Cli;

/// <summary>`rasd eval GOLD_DIR`: extracts every NAME.txt with its gold date and prints the scores of ../shared/eval/score.py.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold-dir") { Description = "folder of NAME.gold.json with their NAME.txt" };
        var predOut = new Option<string?>("--pred-out") { Description = "also write each prediction as NAME.json to this folder" };
        var pred = new Option<string?>("--pred") { Description = "score the NAME.json predictions in this folder instead of extracting (like score.py --pred)" };
        var json = new Option<bool>("--json") { Description = "print one JSON object with every number instead of the table" };
        var detail = new Option<bool>("--detail") { Description = "list false positives/negatives, wrong values and argument differences per article" };
        var cmd = new Command("eval", "score extraction against gold records (same numbers as ../shared/eval/score.py)") { gold, predOut, pred, json, detail };
        cmd.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(pred), parse.GetValue(predOut), parse.GetValue(json), parse.GetValue(detail)));
        return cmd;
    }

    private static int Run(string goldDir, string? predDir, string? predOut, bool json, bool detail)
    {
        if (predDir is not null && predOut is not null) return Fail("--pred and --pred-out cannot be combined");
        if (predDir is not null && !Directory.Exists(predDir)) return Fail($"no directory {predDir}");
        if (EvalFiles.GoldFiles(goldDir).Count == 0) return Fail($"no *.gold.json in {goldDir}");
        if (predOut is not null) Directory.CreateDirectory(predOut);
        var predict = predDir is not null
            ? EvalRunner.FromFolder(predDir, Console.Error)
            : PipelinePredictor.Create(RasdPipeline.CreateDefault(), predOut, Console.Error);
        EvalResult result;
        try
        {
            result = EvalRunner.Run(goldDir, predict);
        }
        catch (EvalException e)
        {
            return Fail(e.Message);
        }
        var output = json ? EvalReport.Json(result, detail) : (detail ? EvalReport.DetailText(result) : "") + EvalReport.Table(result);
        Console.Out.WriteLine(PyText.BackslashReplaceSurrogates(output));
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"rasd eval: error: {message}");
        return 2;
    }
}
