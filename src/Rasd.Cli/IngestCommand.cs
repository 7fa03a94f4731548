using System.CommandLine;
using Rasd.Ingest;
using Rasd.Store;
using Spectre.Console;

namespace Rasd.Cli;

/// <summary>`rasd ingest SOURCE…`: read, extract and store documents, idempotently by content hash, with a progress bar.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("source") { Description = "articles, folders or corpora (.txt, folders; .jsonl/.jsonl.gz corpora)", Arity = ArgumentArity.OneOrMore };
        var db = QueryCommand.DbOption();
        var reprocess = new Option<bool>("--reprocess") { Description = "re-extract known documents with the current rules; the previous record version is kept" };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) for documents that carry none" };
        var batch = new Option<int>("--batch-size") { Description = "documents per transaction", DefaultValueFactory = _ => 500 };
        var pause = new Option<int>("--pause-ms") { Description = "pause after each batch, to share a busy database", DefaultValueFactory = _ => 0 };
        var cmd = new Command("ingest", "extract and store documents (skips those already stored)") { sources, db, reprocess, date, batch, pause };
        cmd.SetAction(parse =>
        {
            DateOnly? published = null;
            if (parse.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", out var p)) return Fail($"--date must be YYYY-MM-DD, got '{d}'");
                published = p;
            }
            if (parse.GetValue(batch) < 1) return Fail("--batch-size must be at least 1");
            using var store = QueryCommand.OpenStore(parse.GetValue(db), "ingest");
            if (store is null) return 1;
            var items = parse.GetValue(sources)!.SelectMany(s => Open(s, published));
            IngestProgress result;
            var interactive = !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            if (interactive)
            {
                IngestProgress? last = null;
                AnsiConsole.Progress()
                    .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingesting").IsIndeterminate();
                        last = Runner(parse.GetValue(reprocess), parse.GetValue(batch), parse.GetValue(pause), p => task.Description = Describe(p)).Run(store, items);
                        task.Description = Describe(last);
                        task.StopTask();
                    });
                result = last!;
            }
            else result = Runner(parse.GetValue(reprocess), parse.GetValue(batch), parse.GetValue(pause), null).Run(store, items);
            var w = result.Written;
            Console.Error.WriteLine($"rasd ingest: {result.Read} read, {w.Added} added, {w.Reprocessed} reprocessed, {w.Unchanged} unchanged, " +
                $"{result.Skipped + w.Duplicates} already stored, {w.Events} events, {w.Failures} failures in {result.Elapsed.TotalSeconds:0.0} s " +
                $"({result.DocumentsPerSecond:0} docs/s) → {store.Target.Display}");
            return 0;
        });
        return cmd;
    }

    private static IngestRunner Runner(bool reprocess, int batch, int pause, Action<IngestProgress>? progress) =>
        new() { Reprocess = reprocess, BatchSize = batch, PauseMs = pause, Progress = progress };

    private static string Describe(IngestProgress p) =>
        $"{p.Read} docs · {p.DocumentsPerSecond:0} docs/s · {p.Written.Events} events · {p.Written.Failures} failures · {p.Skipped + p.Written.Duplicates} known";

    private static IEnumerable<SourceItem> Open(string path, DateOnly? published)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) return [SourceItem.Failed(path, "no such file or folder")];
        return DocumentSources.Open(path, published);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"rasd ingest: {message}");
        return 2;
    }
}
