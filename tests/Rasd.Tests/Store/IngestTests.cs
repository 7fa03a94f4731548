using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Rasd.Documents;
using Rasd.Ingest;
using Rasd.Pipeline;
using Rasd.Records;
using Rasd.Store;
using Xunit.Abstractions;

namespace Rasd.Tests.Store;

public sealed class IngestTests(ITestOutputHelper output)
{
    /// <summary>A folder of distinct short reports (generated, numbered so each has its own content hash).</summary>
    private static string Corpus(int count)
    {
        var dir = Path.Combine(Path.GetTempPath(), "rasd-store-tests", Guid.NewGuid().ToString("N"), "in");
        Directory.CreateDirectory(dir);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(dir, $"r{i:00000}.txt"), $"أفاد مراسلنا بأن القصف طال الحي رقم {i} في المدينة صباح اليوم، وأن فرق الإنقاذ وصلت إلى المكان.\n");
        return dir;
    }

    private static IEnumerable<SourceItem> Items(string dir) => DocumentSources.Open(dir, new DateOnly(2021, 8, 3));

    /// <summary>A stand-in for the event layer: one ASSAULT per document, so the store has events to keep.</summary>
    private sealed class OneEventStage : IAnalysisStage, IRecordContributor
    {
        public string Name => "one-event";

        public void Run(Analysis analysis) { }

        public void Contribute(Analysis analysis, RasdRecord record) =>
            record.Events.Add(new EventRecord("e1", "ASSAULT", "actual") { Places = ["SY07"], Evidence = [new SpanRecord(0, analysis.Text.Length)] });
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Ingesting_twice_with_the_real_pipeline_stores_each_document_once(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null) { output.WriteLine(TestStores.PgSkipMessage); return; }
        var dir = Corpus(40);
        File.Copy(Path.Combine(dir, "r00001.txt"), Path.Combine(dir, "copy.txt")); // same content, another file
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0, 1, 2, 0, 0, 255, 0, 3]);
        using var store = RasdStore.Open(db);
        var first = new IngestRunner { BatchSize = 7, PipelineFactory = RasdPipeline.CreateDefault }.Run(store, Items(dir));
        Assert.Equal(42, first.Read);
        Assert.Equal(40, first.Written.Added);
        Assert.Equal(1, first.Written.Failures);
        var second = new IngestRunner { BatchSize = 7 }.Run(store, Items(dir));
        Assert.Equal(0, second.Written.Added);
        Assert.Equal(41, second.Skipped + second.Written.Duplicates);
        Assert.Equal(40, store.Count("documents"));
        Assert.Equal(1, store.Count("failures"));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Reprocessing_with_new_rules_versions_every_changed_record(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null) { output.WriteLine(TestStores.PgSkipMessage); return; }
        var dir = Corpus(12);
        using var store = RasdStore.Open(db);
        new IngestRunner().Run(store, Items(dir));
        var before = store.Count("events"); // whatever today's rules find
        Assert.Equal(before, new EventReader(store).Read(new EventFilter()).Count);
        var newer = new IngestRunner { Reprocess = true, PipelineFactory = () => new RasdPipelineBuilder().AddDefaults().Add(new OneEventStage()).Build() };
        var result = newer.Run(store, Items(dir));
        Assert.Equal(12, result.Written.Reprocessed);
        Assert.Equal(24, store.Count("records"));
        Assert.Equal(2 * before + 12, store.Count("events")); // old versions' events are kept, no longer current
        Assert.Equal(before + 12, new EventReader(store).Read(new EventFilter()).Count);
        Assert.True(new EventReader(store).Read(new EventFilter { Text = "القصف" }).Count >= 12);
        Assert.Equal(12, newer.Run(store, Items(dir)).Written.Unchanged);
        var versions = store.Connection.Query<long>("SELECT version FROM records WHERE is_current = 0").ToList();
        Assert.Equal(12, versions.Count);
        Assert.All(versions, v => Assert.Equal(1, v));
    }

    [Theory, MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Killing_the_ingest_midway_and_rerunning_loses_and_duplicates_nothing(string backend)
    {
        var db = TestStores.NewDb(backend);
        if (db is null) { output.WriteLine(TestStores.PgSkipMessage); return; }
        const int total = 300;
        var dir = Corpus(total);
        using (var created = RasdStore.Open(db)) { }
        // small paced batches so the kill lands between commits while work remains
        using var child = Cli("ingest", dir, "--db", db, "--batch-size", "10", "--pause-ms", "30", "--date", "2021-08-03");
        long atKill;
        using (var watcher = RasdStore.Open(db))
        {
            var clock = Stopwatch.StartNew();
            while ((atKill = watcher.Count("documents")) < 30 && !child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120)) Thread.Sleep(10);
            child.Kill(entireProcessTree: true); // SIGKILL: no cleanup, no final commit
            child.WaitForExit();
        }
        output.WriteLine($"killed with {atKill} of {total} documents stored");
        Assert.InRange(atKill, 1, total - 1);
        using var rerun = Cli("ingest", dir, "--db", db, "--date", "2021-08-03");
        rerun.WaitForExit();
        Assert.Equal(0, rerun.ExitCode);
        using var store = RasdStore.Open(db);
        Assert.Equal(total, store.Count("documents"));
        Assert.Equal(total, store.Count("records"));
        Assert.Equal(total, store.Connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT name) FROM documents"));
        Assert.Equal(0, store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.document_id = d.id)"));
    }

    [Fact]
    public void The_commands_ingest_report_stats_and_export_end_to_end()
    {
        var dir = Corpus(5);
        var db = TestStores.NewDb("sqlite")!;
        Assert.Equal(0, Run("ingest", dir, "--db", db).ExitCode);
        var stats = Run("stats", "--db", db, "--format", "json");
        using (var json = JsonDocument.Parse(stats.Out))
            Assert.Equal(5, json.RootElement.GetProperty("documents").GetInt32());
        var csv = Run("export", "--db", db, "--format", "acled-csv");
        Assert.StartsWith("event_id_cnty,event_date,year", csv.Out);
        var jsonl = Run("export", "--db", db, "--format", "jsonl").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, jsonl.Length);
        Assert.All(jsonl, l => Assert.Equal("rasd/1", RecordJson.Deserialize(l)!.Format));
        Assert.Equal(0, Run("query", "--db", db, "--place", "إدلب", "--format", "csv").ExitCode);
        Assert.Equal(2, Run("query", "--db", db, "--place", "Atlantis").ExitCode);
    }

    private static Process Cli(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rasd.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static (int ExitCode, string Out) Run(params string[] args) => RasdCli.Run(args);
}
