using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Rasd.Ingest;
using Rasd.Pipeline;

namespace Rasd.Store;

/// <summary>Streams source items through extraction (one pipeline per worker) into the store in batched transactions; memory stays bounded by the channel sizes.</summary>
public sealed class IngestRunner
{
    /// <summary>Documents per transaction.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Re-extract known documents and keep the previous record version.</summary>
    public bool Reprocess { get; init; }

    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Extracted documents that may wait for the writer (default: one batch, so extraction goes on while one commits; more only raised peak memory in the bench).</summary>
    public int? Buffer { get; init; }

    /// <summary>Pause after each committed batch (to share a database politely).</summary>
    public int PauseMs { get; init; }

    public Func<RasdPipeline> PipelineFactory { get; init; } = RasdPipeline.CreateDefault;

    /// <summary>Called after each committed batch.</summary>
    public Action<IngestProgress>? Progress { get; init; }

    public IngestProgress Run(RasdStore store, IEnumerable<SourceItem> items, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var known = Reprocess ? [] : store.KnownHashes();
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var input = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(256) { SingleWriter = true });
        var output = Channel.CreateBounded<IngestItem?>(new BoundedChannelOptions(Buffer ?? Math.Max(256, BatchSize)) { SingleReader = true });
        long read = 0, skipped = 0;

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    Interlocked.Increment(ref read);
                    await input.Writer.WriteAsync(item, cancel);
                }
            }
            finally { input.Writer.Complete(); }
        }, cancel);

        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            var pipeline = PipelineFactory();
            await foreach (var item in input.Reader.ReadAllAsync(cancel))
            {
                if (item.Document is null)
                {
                    await output.Writer.WriteAsync(IngestItem.Failed(item.Origin, item.Error ?? "unreadable"), cancel);
                    continue;
                }
                var hash = item.Document.Hash;
                if (!Reprocess && (known.Contains(hash) || !seen.TryAdd(hash, 0)))
                {
                    Interlocked.Increment(ref skipped);
                    continue;
                }
                IngestItem result;
                try
                {
                    result = IngestItem.Extracted(item.Origin, item.Document, pipeline.Extract(item.Document));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // one bad document must not stop the batch; its reason is kept in the failures table
                    result = IngestItem.Failed(item.Origin, $"extraction failed: {e.GetType().Name}: {e.Message}");
                }
                await output.Writer.WriteAsync(result, cancel);
            }
        }, cancel)).ToArray();

        var closer = Task.WhenAll(workers).ContinueWith(t => output.Writer.Complete(t.Exception), TaskScheduler.Default);

        var writer = new StoreWriter(store);
        var totals = WriteCounts.Zero;
        var batch = new List<IngestItem>(BatchSize);
        var writing = new Stopwatch();
        var writerCpu = TimeSpan.Zero;
        IngestProgress Snapshot() => new(Interlocked.Read(ref read), totals, Interlocked.Read(ref skipped), clock.Elapsed) { Writing = writing.Elapsed, WriterCpu = writerCpu };
        void Flush()
        {
            if (batch.Count == 0) return;
            writing.Start();
            var cpu0 = ThreadCpu.Now();
            totals = totals.Plus(writer.Write(batch, Reprocess));
            writerCpu += ThreadCpu.Now() - cpu0;
            writing.Stop();
            batch.Clear();
            Progress?.Invoke(Snapshot());
            if (PauseMs > 0) Thread.Sleep(PauseMs);
        }
        var reader = output.Reader;
        while (reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var item))
            {
                batch.Add(item!);
                if (batch.Count >= BatchSize) Flush();
            }
        }
        Flush();
        producer.GetAwaiter().GetResult();
        closer.GetAwaiter().GetResult();
        return Snapshot();
    }
}

/// <summary>Counts so far: items read, what the writer did, documents skipped as already stored, elapsed time.</summary>
public sealed record IngestProgress(long Read, WriteCounts Written, long Skipped, TimeSpan Elapsed)
{
    /// <summary>Time the writer spent in database transactions (the rest of Elapsed it waited for extraction).</summary>
    public TimeSpan Writing { get; init; }

    /// <summary>CPU time the writing thread used in those transactions (zero where the OS does not tell).</summary>
    public TimeSpan WriterCpu { get; init; }

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
