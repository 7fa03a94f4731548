using System.CommandLine;
using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Cli;

/// <summary>`rasd extract`: an article (.txt, HTML page, stdin) to its rasd/1 record, or many (folder, feed, JSONL/TREC corpus) to a folder of records.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "an article (.txt or HTML page), a feed (.rss/.atom/.xml), a corpus (.jsonl, .json, .trec, optionally .gz), a URL, a folder of these, or '-' for standard input" };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) that relative dates resolve against (for pages, feeds and corpora: when an item states none)" };
        var format = new Option<string>("--format") { Description = "json (rasd/1 record) or text (readable summary)", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var output = new Option<string?>("--out") { Description = "output folder: one NAME.json per document (needed when the input holds several)" };
        var fields = new Option<string?>("--fields") { Description = "corpus field names, e.g. text=content,published=date_extracted (defaults text,title,published,url,source,id)" };
        var encoding = new Option<string?>("--encoding") { Description = "read input in this encoding instead of detecting it (utf-8, windows-1256, iso-8859-6, utf-16le…)" };
        var gazetteer = new Option<string?>("--gazetteer") { Description = "an imported gazetteer (rasd gazetteer import) used on top of the embedded places" };
        var nerModel = new Option<string?>("--ner-model") { Description = "a model from `rasd train ner`: adds names the gazetteers do not know" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "documents extracted at once when writing many (default: one per processor core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cmd = new Command("extract", "print the rasd/1 record of an article, or write records for many") { input, date, format, output, fields, encoding, gazetteer, nerModel, jobs };
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
            var options = SourceOptions.Default with { Encoding = parse.GetValue(encoding) };
            if (parse.GetValue(fields) is { } spec)
            {
                try { options = options with { Fields = RecordFields.Parse(spec) }; }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine($"rasd extract: --fields: {e.Message}");
                    return 2;
                }
            }
            int jobCount = parse.GetValue(jobs);
            if (jobCount < 1)
            {
                Console.Error.WriteLine($"rasd extract: --jobs must be at least 1, got {jobCount}");
                return 2;
            }
            var path = parse.GetValue(input)!;
            var gazPath = parse.GetValue(gazetteer) is { } gaz ? Path.GetFullPath(gaz) : null;
            foreach (var (option, file) in new[] { ("--gazetteer", gazPath), ("--ner-model", parse.GetValue(nerModel)) })
                if (file is not null && !File.Exists(file))
                {
                    Console.Error.WriteLine($"rasd extract: {option}: no such file '{file}'");
                    return 2;
                }
            // loaded once: a model is read-only while it tags, so the workers share it
            var model = parse.GetValue(nerModel) is { } modelPath ? Ner.NerModel.Load(modelPath) : null;
            RasdPipeline NewPipeline()
            {
                var builder = new RasdPipelineBuilder().AddDefaults();
                // an imported gazetteer adds its places to the embedded ones
                if (gazPath is not null) builder.Replace("entities", new Entities.EntityStage(gazPath));
                // the model runs after the gazetteer entities (it merges into them) and before events use them
                if (model is not null) builder.InsertBefore("events", new Ner.NerStage(model));
                return builder.Build();
            }
            var outDir = parse.GetValue(output);
            if (outDir is not null || Directory.Exists(path))
                return ExtractMany(NewPipeline, path, outDir, published, parse.GetValue(format)!, options, jobCount);
            return ExtractOne(NewPipeline(), path, published, parse.GetValue(format)!, options);
        });
        return cmd;
    }

    private static int ExtractOne(RasdPipeline pipeline, string path, DateOnly? published, string format, SourceOptions options)
    {
        Document doc;
        try
        {
            doc = ArticleReader.Read(path, published, options);
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

    /// <summary>Every document of the input to OUTDIR/NAME.json; bad items are reported and skipped; exit 1 when any failed.</summary>
    private static int ExtractMany(Func<RasdPipeline> newPipeline, string path, string? outDir, DateOnly? published, string format, SourceOptions options, int jobs)
    {
        if (outDir is null)
        {
            Console.Error.WriteLine("rasd extract: a folder input needs --out OUTDIR");
            return 2;
        }
        var items = path == "-" || ArticleReader.IsPlainText(path)
            ? ReadOne(path, published, options)
            : DocumentSources.Open(path, published, options);
        var (written, failed) = new BatchExtractor(newPipeline, outDir, format, jobs).Run(items);
        Console.Error.WriteLine($"rasd extract: {written} records written to {outDir}, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<SourceItem> ReadOne(string path, DateOnly? published, SourceOptions options)
    {
        SourceItem item;
        try { item = SourceItem.Ok(path, ArticleReader.Read(path, published, options)); }
        catch (InputException e) { item = SourceItem.Failed(path, e.Message); }
        yield return item;
    }
}
