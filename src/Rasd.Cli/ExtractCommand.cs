using System.CommandLine;
using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Records;
using Spectre.Console;

namespace Rasd.Cli;

/// <summary>`rasd extract`: one article (file or stdin) to its rasd/1 record, or a folder of .txt files to a folder of records.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "an article .txt file, '-' for standard input, or a folder of .txt files" };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) that relative dates resolve against" };
        var format = new Option<string>("--format") { Description = "json (rasd/1 record) or text (readable summary)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<string?>("--out") { Description = "output folder (with a folder input): one NAME.json per NAME.txt" };
        var nerModel = new Option<string?>("--ner-model") { Description = "a model from `rasd train ner`: adds the statistical NER stage" };
        var cmd = new Command("extract", "print the rasd/1 record of an article") { input, date, format, output, nerModel };
        cmd.SetAction(parse =>
        {
            DateOnly? published = null;
            var dateText = parse.GetValue(date);
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var d))
                {
                    Console.Error.WriteLine($"rasd extract: --date must be YYYY-MM-DD, got '{dateText}'");
                    return 2;
                }
                published = d;
            }
            var path = parse.GetValue(input)!;
            var builder = new RasdPipelineBuilder().AddDefaults();
            if (parse.GetValue(nerModel) is { } modelPath) builder.Add(new Ner.NerStage(Ner.NerModel.Load(modelPath)));
            var pipeline = builder.Build();
            if (Directory.Exists(path))
                return ExtractFolder(pipeline, path, parse.GetValue(output), published, parse.GetValue(format)!);
            return ExtractOne(pipeline, path, published, parse.GetValue(format)!);
        });
        return cmd;
    }

    private static int ExtractOne(RasdPipeline pipeline, string path, DateOnly? published, string format)
    {
        Document doc;
        try
        {
            doc = ArticleReader.Read(path, published);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"rasd extract: {e.Message}");
            return 1;
        }
        var record = pipeline.Extract(doc);
        if (format == "text") TextReport.Write(Console.Out, doc, record);
        else Console.Out.WriteLine(RecordJson.Serialize(record));
        return 0;
    }

    private static int ExtractFolder(RasdPipeline pipeline, string folder, string? outDir, DateOnly? published, string format)
    {
        if (outDir is null)
        {
            Console.Error.WriteLine("rasd extract: a folder input needs --out OUTDIR");
            return 2;
        }
        Directory.CreateDirectory(outDir);
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
        int failed = 0;
        void Run(Action<string>? tick)
        {
            foreach (var f in files)
            {
                try
                {
                    var doc = ArticleReader.Read(f, published);
                    var record = pipeline.Extract(doc);
                    var name = Path.GetFileNameWithoutExtension(f);
                    if (format == "text")
                    {
                        using var w = new StreamWriter(Path.Combine(outDir, name + ".txt"));
                        TextReport.Write(w, doc, record);
                    }
                    else File.WriteAllText(Path.Combine(outDir, name + ".json"), RecordJson.Serialize(record));
                }
                catch (InputException e)
                {
                    failed++;
                    Console.Error.WriteLine($"rasd extract: {e.Message}");
                }
                tick?.Invoke(f);
            }
        }
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("extracting", maxValue: files.Count);
                Run(_ => task.Increment(1));
            });
        }
        else Run(null);
        Console.Error.WriteLine($"rasd extract: {files.Count - failed} records written to {outDir}, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
