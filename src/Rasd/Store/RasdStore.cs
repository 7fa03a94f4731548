using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rasd.Store;

/// <summary>An open event store (SQLite file or PostgreSQL database) with its schema migrated to the latest version.</summary>
public sealed class RasdStore : IDisposable
{
    private RasdStore(StoreTarget target, DbConnection connection)
    {
        Target = target;
        Connection = connection;
    }

    public StoreTarget Target { get; }

    public DbConnection Connection { get; }

    public StoreBackend Backend => Target.Backend;

    /// <summary>Opens (creating when needed) the store a <c>--db</c> value names and applies pending migrations.</summary>
    public static RasdStore Open(string? db) => Open(StoreTarget.Parse(db));

    public static RasdStore Open(StoreTarget target)
    {
        DbConnection conn = target.Backend == StoreBackend.Sqlite
            ? new SqliteConnection(target.ConnectionString)
            : new NpgsqlConnection(target.ConnectionString);
        try
        {
            conn.Open();
            var store = new RasdStore(target, conn);
            store.Prepare();
            store.Migrate();
            return store;
        }
        catch
        {
            conn.Dispose();
            throw;
        }
    }

    private void Prepare()
    {
        if (Backend == StoreBackend.Sqlite)
        {
            // a new file gets 8 KB pages: a stored record (~4-6 KB) then fits one page instead of spilling into a
            // half-empty overflow page; it must be set before WAL mode writes the header
            if (Connection.ExecuteScalar<long>("PRAGMA page_count") == 0) Connection.Execute("PRAGMA page_size=8192");
            // WAL: readers never block the writer; NORMAL sync is durable across a killed process (not a power cut).
            Connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA cache_size=-32000; PRAGMA temp_store=MEMORY;");
            // Checkpoints (the only fsyncs under NORMAL) after 40 MB of WAL instead of 1000 pages: a bulk ingest writes
            // hundreds of MB, and each checkpoint syncs twice; the WAL is truncated back to 64 MB after one.
            var pages = 40_000_000 / Connection.ExecuteScalar<long>("PRAGMA page_size");
            Connection.Execute($"PRAGMA wal_autocheckpoint={pages}; PRAGMA journal_size_limit=67108864;");
        }
        else if (Target.Schema is not null)
        {
            // the name was checked to be a plain identifier in StoreTarget
            Connection.Execute($"CREATE SCHEMA IF NOT EXISTS {Target.Schema}");
        }
    }

    /// <summary>The schema version now in the database (0 for an empty one).</summary>
    public int SchemaVersion
    {
        get
        {
            if (!TableExists("schema_version")) return 0;
            return Connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version") ?? 0;
        }
    }

    private bool TableExists(string name) => Backend == StoreBackend.Sqlite
        ? Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name=@name", new { name }) > 0
        : Connection.ExecuteScalar<bool>("SELECT to_regclass(@name) IS NOT NULL", new { name });

    private void Migrate()
    {
        if (SchemaVersion >= Migrations.Latest) return;
        using var tx = Connection.BeginTransaction();
        if (Backend == StoreBackend.Postgres)
            Connection.Execute("SELECT pg_advisory_xact_lock(72657364)", transaction: tx); // one migrator at a time
        Connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction: tx);
        int current = Connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version", transaction: tx) ?? 0;
        foreach (var m in Migrations.All.Where(m => m.Version > current))
        {
            Connection.Execute(Backend == StoreBackend.Sqlite ? m.Sqlite : m.Postgres, transaction: tx);
            Connection.Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)",
                new { v = m.Version, d = m.Description, t = DateTime.UtcNow.ToString("o") }, tx);
        }
        tx.Commit();
    }

    /// <summary>Content hashes of every stored document (to skip known input before extracting it).</summary>
    public HashSet<string> KnownHashes() => Connection.Query<string>("SELECT hash FROM documents").ToHashSet(StringComparer.Ordinal);

    public long Count(string table) => table switch
    {
        "documents" or "records" or "events" or "failures" or "figures" => Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}"),
        _ => throw new ArgumentException($"unknown table {table}"),
    };

    public void Dispose() => Connection.Dispose();
}
