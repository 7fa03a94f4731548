using Dapper;
using Microsoft.Data.Sqlite;
using Rasd.Store;

namespace Rasd.Tests.Store;

public sealed class MigrationTests
{
    [Fact]
    public void A_version_1_store_gains_the_source_index_with_its_existing_events()
    {
        var db = TestStores.NewDb("sqlite")!;
        // a store as version 1 left it: schema 1 only, one document and one event with a source of its own
        using (var conn = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            conn.Open();
            conn.Execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
            conn.Execute(Migrations.All[0].Sqlite);
            conn.Execute("INSERT INTO schema_version VALUES (1, 'v1', '2026-01-01')");
            conn.Execute("INSERT INTO documents (id, hash, name, source, text, ingested_at) VALUES (1, 'h', 'old', 'Wire service', 'نص', '2026-01-01')");
            conn.Execute("INSERT INTO records (id, document_id, version, is_current, created_at, json) VALUES (1, 1, 1, 1, '2026-01-01', '{}')");
            conn.Execute("""
                INSERT INTO events (id, record_id, document_id, is_current, event_key, type, mode, time_begin, time_end, time_from_published, source, search_text)
                VALUES (1, 1, 1, 1, 'e1', 'ASSAULT', 'actual', '2020-01-02', '2020-01-02', 0, 'Field reporter', 'نص')
                """);
        }
        using var store = RasdStore.Open(db);
        Assert.Equal(Migrations.Latest, store.SchemaVersion);
        var reader = new EventReader(store);
        Assert.Single(reader.Read(new EventFilter { Source = "field" }));
        Assert.Single(reader.Read(new EventFilter { Source = "wire" }));
        Assert.Empty(reader.Read(new EventFilter { Source = "agency" }));
        Assert.Single(reader.Read(new EventFilter { Text = "نص" })); // version 3 rebuilt the text index from the stored search texts
    }
}
