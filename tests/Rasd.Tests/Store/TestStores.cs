using Rasd.Documents;
using Rasd.Records;
using Rasd.Store;

namespace Rasd.Tests.Store;

/// <summary>Fresh stores for tests: a temporary SQLite file, or a new schema in the PostgreSQL database RASD_TEST_PG names.</summary>
public static class TestStores
{
    public static TheoryData<string> Backends => new() { "sqlite", "postgres" };

    public const string PgSkipMessage = "RASD_TEST_PG is not set: the PostgreSQL half of the store tests is skipped (.ci/start-postgres.sh starts one)";

    /// <summary>A --db value for a new empty store, or null (PostgreSQL not configured locally). In CI PostgreSQL must be there.</summary>
    public static string? NewDb(string backend)
    {
        if (backend == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "rasd-store-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return Path.Combine(dir, "rasd.db");
        }
        var url = Environment.GetEnvironmentVariable("RASD_TEST_PG");
        if (string.IsNullOrEmpty(url))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException("CI must run the store tests on PostgreSQL too: .ci/run exports RASD_TEST_PG");
            return null;
        }
        return $"{url}{(url.Contains('?') ? '&' : '?')}schema=t_{Guid.NewGuid():N}";
    }

    /// <summary>A document and its record with the given events, as the pipeline would produce them.</summary>
    public static IngestItem Item(string name, string text, string? published, string? source, params EventRecord[] events)
    {
        var doc = new Document(text, name, published is null ? null : DateOnly.Parse(published), source);
        var record = new RasdRecord
        {
            Document = new DocumentRecord(doc.Id, doc.Hash, published, source, null, null),
            Events = events.ToList(),
        };
        return IngestItem.Extracted(name, doc, record);
    }

    public static EventRecord Attack(string id, string begin, string end, string[] places, string[] actors, params FigureRecord[] figures) =>
        new(id, "ASSAULT", "actual")
        {
            Time = new DayInterval(begin, end),
            Places = places.ToList(),
            Actors = actors.ToList(),
            Targets = ["SYRCVL"],
            Figures = figures.ToList(),
            AttackMode = "air strike",
        };

    public static FigureRecord Killed(decimal value, string group = "all") => new("killed", group, value, "exact");
}
