using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Cli;

/// <summary>Writes the record of every document of an input to OUTDIR/NAME.json (or .txt), extracted by several workers that each own a pipeline.</summary>
internal sealed class BatchExtractor(Func<RasdPipeline> pipelineFactory, string outDir, string format, int jobs)
{
    private int _written, _failed;

    /// <summary>Runs the batch; a bad item or a failed document is reported on stderr and counted, and the rest goes on.</summary>
    public (int Written, int Failed) Run(IEnumerable<SourceItem> items)
    {
        // built here, before any work: a bad option (a missing gazetteer file) fails once, as it does for one article
        var pipelines = Enumerable.Range(0, jobs).Select(_ => pipelineFactory()).ToList();
        Directory.CreateDirectory(outDir);
        using var stop = new CancellationTokenSource();
        // bounded, so a fast reader of a big corpus does not hold it all in memory while the workers catch up
        using var queue = new BlockingCollection<(string Name, SourceItem Item)>(boundedCapacity: 32 * jobs);
        var workers = pipelines
            .Select(pipeline => Task.Factory.StartNew(() => Work(pipeline, queue, stop), TaskCreationOptions.LongRunning))
            .ToArray();
        // names are given here, in input order, so the files do not depend on which worker was faster
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var item in items)
            {
                if (item.Warning is not null) Console.Error.WriteLine($"rasd extract: warning: {item.Warning}");
                if (item.Document is not { } doc)
                {
                    Interlocked.Increment(ref _failed);
                    Console.Error.WriteLine($"rasd extract: {item.Error}");
                    continue;
                }
                var name = doc.Name ?? doc.Hash;
                for (int k = 2; !used.Add(name); k++) name = $"{doc.Name ?? doc.Hash}-{k}";
                queue.Add((name, item), stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // a worker died; its exception is rethrown below
        }
        finally
        {
            queue.CompleteAdding();
        }
        try { Task.WaitAll(workers); }
        catch (AggregateException e)
        {
            // the worker's own error, not a wrapper around it
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return (_written, _failed);
    }

    private void Work(RasdPipeline pipeline, BlockingCollection<(string Name, SourceItem Item)> queue, CancellationTokenSource stop)
    {
        try
        {
            foreach (var (name, item) in queue.GetConsumingEnumerable())
            {
                if (!Extract(pipeline, name, item)) continue;
                int written = Interlocked.Increment(ref _written);
                if (written % 1000 == 0) Console.Error.WriteLine($"rasd extract: {written} records…");
            }
        }
        catch
        {
            // without its worker the bounded queue would fill and the reader wait forever
            stop.Cancel();
            throw;
        }
    }

    private bool Extract(RasdPipeline pipeline, string name, SourceItem item)
    {
        var doc = item.Document!;
        try
        {
            var record = pipeline.Extract(doc);
            if (format == "text")
            {
                using var w = new StreamWriter(Path.Combine(outDir, name + ".txt"));
                TextReport.Write(w, doc, record);
            }
            else File.WriteAllText(Path.Combine(outDir, name + ".json"), RecordJson.Serialize(record));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // one document's bug (or a full disk for one file) must not stop the batch: report it and go on
            Interlocked.Increment(ref _failed);
            Console.Error.WriteLine($"rasd extract: {item.Origin}: {(e is IOException or UnauthorizedAccessException ? "could not write its record" : "extraction failed")} ({e.GetType().Name}: {e.Message})");
            return false;
        }
    }
}
