using System.Diagnostics;
using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Records;
using Rasd.Store;

namespace Rasd.Bench;

/// <summary>
/// `store`: ingests the ANT corpus into fresh SQLite stores (5k, 15k, all docs) with time and peak memory, then query p95
/// per filter over the full store and over a store of synthetic events (the extractor may find few events yet).
/// </summary>
public sealed class StoreBench : IBench
{
    public string Name => "store";

    public string Description => "ingest ANT into SQLite at 5k/15k/31.5k docs (time, peak memory), query latency p95 per filter";

    public int Run(string[] args)
    {
        // --query DB: only the latencies over an existing store; --extract-only: chars/s of the pipeline alone, no store
        int queryAt = Array.IndexOf(args, "--query");
        if (queryAt >= 0 && queryAt + 1 < args.Length)
        {
            using var existing = RasdStore.Open(args[queryAt + 1]);
            Console.WriteLine($"queries over {args[queryAt + 1]} ({existing.Count("events")} events):");
            Latencies(existing);
            return 0;
        }
        // the corpus is the first argument that is neither an option nor the value of one
        string[] valued = ["--query", "--sizes", "--writer-only", "--buffer"];
        var corpus = AntCorpus.Locate(args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(args[i - 1]))).FirstOrDefault());
        if (args.Contains("--extract-only")) return ExtractOnly(corpus);
        int writerAt = Array.IndexOf(args, "--writer-only");
        if (writerAt >= 0) return WriterOnly(corpus, int.Parse(args[writerAt + 1], System.Globalization.CultureInfo.InvariantCulture));
        var dir = Path.Combine(Path.GetTempPath(), "rasd-store-bench");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        string full = "";
        // --sizes 5000,15000: only those ingests (all = the whole corpus); --ingest-only: no query latencies afterwards
        int sizesAt = Array.IndexOf(args, "--sizes");
        var sizes = sizesAt >= 0 && sizesAt + 1 < args.Length
            ? args[sizesAt + 1].Split(',').Select(s => s == "all" ? int.MaxValue : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : [5_000, 15_000, int.MaxValue];
        Console.WriteLine($"{Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, load average before: {LoadAverage()}");
        foreach (var n in sizes)
        {
            var db = Path.Combine(dir, $"ingest-{(n == int.MaxValue ? "all" : n.ToString())}.db");
            full = db;
            GC.Collect();
            using var sampler = new PeakSampler();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var pause0 = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            var clock = Stopwatch.StartNew();
            IngestProgress result;
            using (var store = RasdStore.Open(db)) result = new IngestRunner { Buffer = BufferArg(args) }.Run(store, Ingest.DocumentSources.Open(corpus, null).Take(n));
            clock.Stop(); // closing the last connection checkpoints the WAL into the file, so the size below is all of it
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine($"ingest {result.Read,6} docs: {clock.Elapsed.TotalSeconds,6:0.0} s wall, {cpu:0.0} s CPU ({result.Read / clock.Elapsed.TotalSeconds:0} docs/s, " +
                $"writer busy {result.Writing.TotalSeconds:0.0} s, writer CPU {result.WriterCpu.TotalSeconds:0.0} s, load {LoadAverage()}), " +
                $"{result.Written.Added} stored, {result.Written.Events} events, {result.Written.Failures} failures, " +
                $"peak working set {sampler.PeakWorkingSetMb:0} MB, peak managed heap {sampler.PeakManagedMb:0} MB, db {new FileInfo(db).Length / 1e6:0} MB; " +
                $"GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalSeconds:0.0} s ({GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2} gen0/1/2)");
        }
        if (args.Contains("--ingest-only")) return 0;
        using (var store = RasdStore.Open(full))
        {
            Console.WriteLine($"queries over the full ANT store ({store.Count("events")} events from the current pipeline):");
            Latencies(store);
        }
        var synthetic = Path.Combine(dir, "synthetic.db");
        using (var store = RasdStore.Open(synthetic))
        {
            var clock = Stopwatch.StartNew();
            int docs = Synthesize(store, corpus, 20_000);
            Console.WriteLine($"queries over a synthetic store: {docs} ANT documents with {store.Count("events")} generated events (written in {clock.Elapsed.TotalSeconds:0.0} s):");
            Latencies(store);
        }
        return 0;
    }

    /// <summary>--buffer N: documents that may wait for the writer (default: the runner's).</summary>
    private static int? BufferArg(string[] args)
    {
        int at = Array.IndexOf(args, "--buffer");
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The 1-minute load average (other developers share the machine), or "?" where /proc is absent.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Extraction alone on all cores (as ingest runs it), to show whether the pipeline or the store sets the pace.</summary>
    private static int ExtractOnly(string corpus)
    {
        var docs = Ingest.DocumentSources.Open(corpus, null).Select(i => i.Document).OfType<Document>().ToList();
        long chars = docs.Sum(d => (long)d.Text.Length);
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long events = 0;
        var pipelines = new System.Threading.ThreadLocal<Pipeline.RasdPipeline>(Pipeline.RasdPipeline.CreateDefault);
        Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            d => Interlocked.Add(ref events, pipelines.Value!.Extract(d).Events.Count));
        clock.Stop();
        Console.WriteLine($"extract only: {docs.Count} docs, {chars / 1e6:0.0} M chars in {clock.Elapsed.TotalSeconds:0.0} s on {Environment.ProcessorCount} cores " +
            $"= {chars / clock.Elapsed.TotalSeconds / 1e6:0.00} M chars/s ({docs.Count / clock.Elapsed.TotalSeconds:0} docs/s), {events} events, " +
            $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:0.0} s CPU, load {LoadAverage()}");
        return 0;
    }

    /// <summary>The writer alone: N documents extracted first (not timed), then written in batches of 500 into a fresh store.</summary>
    private static int WriterOnly(string corpus, int n)
    {
        var pipelines = new System.Threading.ThreadLocal<Pipeline.RasdPipeline>(Pipeline.RasdPipeline.CreateDefault);
        var sources = Ingest.DocumentSources.Open(corpus, null).Take(n).Where(i => i.Document is not null).DistinctBy(i => i.Document!.Hash).ToList();
        var extracted = sources.AsParallel().AsOrdered().Select(i => (i, pipelines.Value!.Extract(i.Document!))).ToList();
        // what ingest adds on the extracting threads (stored JSON, search texts), timed on one thread
        var prep0 = ThreadCpu.Now();
        var items = extracted.Select(x => IngestItem.Extracted(x.i.Origin, x.i.Document!, x.Item2)).ToList();
        Console.WriteLine($"item preparation (JSON, search text): {(ThreadCpu.Now() - prep0).TotalSeconds:0.00} s CPU for {items.Count} docs");
        var again0 = ThreadCpu.Now();
        foreach (var x in extracted) IngestItem.Extracted(x.i.Origin, x.i.Document!, x.Item2);
        Console.WriteLine($"  again (warm): {(ThreadCpu.Now() - again0).TotalSeconds:0.00} s");
        var j0 = ThreadCpu.Now();
        foreach (var x in extracted) StoredJson.ForStore(x.Item2);
        var j1 = ThreadCpu.Now();
        foreach (var x in extracted) RecordJson.Serialize(x.Item2, indented: false);
        var j2 = ThreadCpu.Now();
        Console.WriteLine($"  of which stored JSON {(j1 - j0).TotalSeconds:0.00} s (plain serialisation {(j2 - j1).TotalSeconds:0.00} s)");
        var ext0 = ThreadCpu.Now();
        foreach (var x in extracted.Take(1000)) pipelines.Value!.Extract(x.i.Document!);
        Console.WriteLine($"extraction of the first 1000 again on one thread: {(ThreadCpu.Now() - ext0).TotalSeconds:0.00} s CPU");
        string[] setups = Environment.GetEnvironmentVariable("RASD_BENCH_SETUPS")?.Split('|') ?? [""];
        foreach (var setup in setups)
        {
            var db = Path.Combine(Path.GetTempPath(), "rasd-store-bench-writer.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            var pre = setup.Split("||")[0];
            if (pre.StartsWith("pre:", StringComparison.Ordinal))
                using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
                {
                    raw.Open();
                    using var c = raw.CreateCommand();
                    c.CommandText = pre[4..];
                    c.ExecuteNonQuery();
                }
            using var store = RasdStore.Open(db);
            if (!pre.StartsWith("pre:", StringComparison.Ordinal) && setup.Length > 0)
                using (var c = store.Connection.CreateCommand()) { c.CommandText = setup; c.ExecuteNonQuery(); }
            var writer = new StoreWriter(store);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var thread0 = ThreadCpu.Now();
            var clock = Stopwatch.StartNew();
            int events = 0;
            foreach (var batch in items.Chunk(500)) events += writer.Write(batch, false).Events;
            clock.Stop();
            Console.Write($"thread CPU {(ThreadCpu.Now() - thread0).TotalSeconds:0.00} s; ");
            Console.WriteLine($"writer only [{setup}]: {items.Count} docs, {events} events in {clock.Elapsed.TotalSeconds:0.00} s wall, " +
                $"{(Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds:0.00} s CPU, db {new FileInfo(db).Length / 1e6:0} MB + wal {(File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length / 1e6 : 0):0} MB, load {LoadAverage()}");
        }
        return 0;
    }

    private static readonly (string Name, EventFilter Filter)[] Filters =
    [
        ("date range (1 month)", new EventFilter { From = new(2018, 3, 1), To = new(2018, 3, 31) }),
        ("region northwest Syria", new EventFilter { Governorates = Governorates.Resolve("northwest Syria") }),
        ("governorate + month", new EventFilter { Governorates = ["SY07"], From = new(2018, 3, 1), To = new(2018, 3, 31) }),
        ("actor prefix RUS", new EventFilter { Actor = "RUS" }),
        ("type AGREE", new EventFilter { Type = "AGREE" }),
        ("mode planned", new EventFilter { Mode = "planned" }),
        ("source alarabia", new EventFilter { Source = "alarabia" }),
        ("text الغارات", new EventFilter { Text = "الغارات" }),
        ("text + region + type", new EventFilter { Text = "قصف", Governorates = ["SY02"], Type = "ASSAULT" }),
    ];

    private static void Latencies(RasdStore store)
    {
        var reader = new EventReader(store);
        foreach (var (name, filter) in Filters)
        {
            var f = filter with { Limit = 100 };
            reader.Read(f); // warm
            var times = new List<double>();
            int count = 0;
            for (int i = 0; i < 40; i++)
            {
                var sw = Stopwatch.StartNew();
                count = reader.Read(f).Count;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"  {name,-24} p50 {times[times.Count / 2],7:0.0} ms  p95 {times[(int)(times.Count * 0.95)],7:0.0} ms  ({count} rows, limit 100)");
        }
        var statsClock = Stopwatch.StartNew();
        var events = reader.Read(new EventFilter { Governorates = Governorates.Resolve("northwest Syria"), From = new(2018, 1, 1), To = new(2018, 12, 31) });
        var merged = EventMerger.Merge(events);
        PeriodStats.Compute(merged, StatsGrouping.Month);
        Console.WriteLine($"  stats northwest Syria 2018 by month: {events.Count} reports → {merged.Count} events in {statsClock.Elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>Stores ANT documents with generated events (random type, place, actors, date, figures; the document text as evidence).</summary>
    private static int Synthesize(RasdStore store, string corpus, int limit)
    {
        var rng = new Random(7);
        string[] types = ["ASSAULT", "ASSAULT", "ASSAULT", "AGREE", "CONSULT", "ACCUSE", "PROTEST"];
        string[] modes = ["actual", "actual", "actual", "planned", "negated"];
        string[] actors = ["SYRMIL", "RUSMIL", "TURMIL", "SYRREB", "SYRGOV", "RUSGOV", "IRNGOV", "IGO"];
        var govs = Governorates.All.Select(g => g.PCode).ToArray();
        var writer = new StoreWriter(store);
        var batch = new List<IngestItem>();
        int docs = 0;
        foreach (var item in Ingest.DocumentSources.Open(corpus, null).Take(limit))
        {
            if (item.Document is not { } doc) continue;
            var events = new List<EventRecord>();
            for (int k = 0, n = rng.Next(1, 5); k < n; k++)
            {
                var day = new DateOnly(2018, 1, 1).AddDays(rng.Next(0, 730));
                var evidence = doc.Text.Length > 300 ? new SpanRecord(0, 300) : new SpanRecord(0, doc.Text.Length);
                events.Add(new EventRecord($"e{k}", types[rng.Next(types.Length)], modes[rng.Next(modes.Length)])
                {
                    Time = new DayInterval(day.ToString("yyyy-MM-dd"), day.AddDays(rng.Next(0, 3)).ToString("yyyy-MM-dd")),
                    Actors = [actors[rng.Next(actors.Length)]],
                    Targets = ["SYRCVL"],
                    Places = [govs[rng.Next(govs.Length)]],
                    Figures = [new FigureRecord("killed", "all", rng.Next(0, 30), "exact")],
                    Evidence = [evidence],
                });
            }
            var record = new RasdRecord { Document = new DocumentRecord(doc.Id, doc.Hash, null, doc.Source, null, null), Events = events };
            batch.Add(IngestItem.Extracted(item.Origin, doc, record));
            docs++;
            if (batch.Count == 500) { writer.Write(batch, false); batch.Clear(); }
        }
        writer.Write(batch, false);
        return docs;
    }

    /// <summary>Samples the process working set and managed heap every 20 ms; the peak is what a run needed.</summary>
    private sealed class PeakSampler : IDisposable
    {
        private readonly Timer _timer;
        private long _peakWs, _peakManaged;

        public PeakSampler() => _timer = new Timer(_ => Sample(), null, 0, 20);

        private void Sample()
        {
            var ws = Environment.WorkingSet;
            var managed = GC.GetTotalMemory(false);
            if (ws > Interlocked.Read(ref _peakWs)) Interlocked.Exchange(ref _peakWs, ws);
            if (managed > Interlocked.Read(ref _peakManaged)) Interlocked.Exchange(ref _peakManaged, managed);
        }

        public double PeakWorkingSetMb { get { Sample(); return Interlocked.Read(ref _peakWs) / 1e6; } }

        public double PeakManagedMb => Interlocked.Read(ref _peakManaged) / 1e6;

        public void Dispose() => _timer.Dispose();
    }
}
