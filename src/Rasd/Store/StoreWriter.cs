using System.Data.Common;
using Dapper;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>Writes documents, record versions, events and failures; one transaction per batch, so a killed writer leaves whole documents only.</summary>
public sealed class StoreWriter(RasdStore store)
{
    private readonly DbConnection _db = store.Connection;

    // source name → sources.id, filled as names are met; cleared when a batch rolls back (its new ids are gone)
    private readonly Dictionary<string, long> _sourceIds = new(StringComparer.Ordinal);

    /// <summary>Writes a batch atomically. Known documents are skipped unless <paramref name="reprocess"/>, which adds a new record version when the record changed.</summary>
    public WriteCounts Write(IReadOnlyList<IngestItem> batch, bool reprocess)
    {
        try
        {
            return WriteBatch(batch, reprocess);
        }
        catch
        {
            _sourceIds.Clear();
            throw;
        }
    }

    private WriteCounts WriteBatch(IReadOnlyList<IngestItem> batch, bool reprocess)
    {
        var counts = WriteCounts.Zero;
        using var tx = _db.BeginTransaction();
        using var sql = new Statements(_db, tx, store.Backend);
        var now = DateTime.UtcNow.ToString("o");
        foreach (var item in batch)
        {
            if (item.Error is not null)
            {
                _db.Execute("""
                    INSERT INTO failures (origin, reason, failed_at) VALUES (@origin, @reason, @now)
                    ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, failed_at = excluded.failed_at
                    """, new { origin = item.Origin, reason = item.Error, now }, tx);
                counts = counts.Plus(new(0, 0, 0, 0, 0, 1));
                continue;
            }
            counts = counts.Plus(WriteDocument(item, reprocess, now, tx, sql));
        }
        tx.Commit();
        return counts;
    }

    private WriteCounts WriteDocument(IngestItem item, bool reprocess, string now, DbTransaction tx, Statements sql)
    {
        var doc = item.Document!;
        var record = item.Record!;
        var json = item.Json ?? StoredJson.ForStore(record);
        var id = sql.Document.Id(doc.Hash, doc.Name, doc.Published?.ToString("yyyy-MM-dd"), doc.Source, doc.Url, doc.Title, item.Origin, doc.Text, now);
        int version = 1;
        bool again = false;
        if (id is null)
        {
            if (!reprocess) return new(0, 0, 0, 1, 0, 0);
            id = _db.ExecuteScalar<long>("SELECT id FROM documents WHERE hash = @Hash", new { doc.Hash }, tx);
            var current = _db.QueryFirstOrDefault<(long Version, string Json)>(
                "SELECT version, json FROM records WHERE document_id = @id AND is_current = 1", new { id }, tx);
            if (current.Json == json) return new(0, 0, 1, 0, 0, 0);
            // versions are kept, never overwritten: the old one only stops being current
            _db.Execute("UPDATE records SET is_current = 0 WHERE document_id = @id", new { id }, tx);
            _db.Execute("UPDATE events SET is_current = 0 WHERE document_id = @id", new { id }, tx);
            version = (int)(_db.ExecuteScalar<long?>("SELECT MAX(version) FROM records WHERE document_id = @id", new { id }, tx) ?? 0) + 1;
            again = true;
        }
        var recordId = sql.Record.Id(id.Value, version, now, json)!.Value;
        for (int i = 0; i < record.Events.Count; i++) WriteEvent(record.Events[i], item.EventTexts[i], id.Value, recordId, doc, tx, sql);
        return new(again ? 0 : 1, again ? 1 : 0, 0, 0, record.Events.Count, 0);
    }

    private void WriteEvent(EventRecord ev, (List<string?> Evidence, string Search, string? Acled) texts, long documentId, long recordId, Documents.Document doc, DbTransaction tx, Statements sql)
    {
        var published = doc.Published?.ToString("yyyy-MM-dd");
        var (evidenceTexts, search, acled) = texts;
        var eventId = sql.Event.Id(recordId, documentId, ev.Id, ev.Type, ev.Mode, ev.Time?.Begin ?? published, ev.Time?.End ?? published,
            ev.Time is null && published is not null ? 1 : 0, ev.Source ?? doc.Source, ev.Trigger, ev.AttackMode, ev.Summary,
            acled, search)!.Value;
        sql.Search?.Execute(eventId, search);
        foreach (var sourceId in new[] { ev.Source, doc.Source }.Where(n => !string.IsNullOrEmpty(n)).Distinct().Select(n => SourceId(n!, tx)).Distinct())
            sql.EventSource.Execute(sourceId, eventId);
        foreach (var code in ev.Actors.Distinct()) sql.Actor.Execute(eventId, "actor", code);
        foreach (var code in ev.Targets.Distinct()) sql.Actor.Execute(eventId, "target", code);
        foreach (var p in ev.Places.Distinct()) sql.Place.Execute(eventId, p, Governorates.GovernorateOf(p));
        foreach (var f in ev.Figures)
            sql.Figure.Execute(eventId, f.Role, f.Group, (double)f.Value, f.Qualifier, (double?)f.Low, (double?)f.High, f.Vague ? 1 : 0,
                f.Relation, f.Start, f.End, f.Text);
        for (int i = 0; i < ev.Evidence.Count; i++) sql.Evidence.Execute(eventId, ev.Evidence[i].Start, ev.Evidence[i].End, evidenceTexts[i]);
    }

    /// <summary>The per-row inserts of one batch, each parsed once.</summary>
    private sealed class Statements(DbConnection db, DbTransaction tx, StoreBackend backend) : IDisposable
    {
        public readonly Statement Document = new(db, tx, """
            INSERT INTO documents (hash, name, published, source, url, title, origin, text, ingested_at)
            VALUES (@hash, @name, @published, @source, @url, @title, @origin, @text, @now)
            ON CONFLICT (hash) DO NOTHING RETURNING id
            """, "hash", "name", "published", "source", "url", "title", "origin", "text", "now");

        public readonly Statement Record = new(db, tx,
            "INSERT INTO records (document_id, version, is_current, created_at, json) VALUES (@id, @version, 1, @now, @json) RETURNING id",
            "id", "version", "now", "json");

        public readonly Statement Event = new(db, tx, """
            INSERT INTO events (record_id, document_id, is_current, event_key, type, mode, time_begin, time_end, time_from_published,
                                source, trigger_text, attack_mode, summary, acled, search_text)
            VALUES (@recordId, @documentId, 1, @key, @type, @mode, @begin, @end, @fromPublished,
                    @source, @trigger, @attackMode, @summary, @acled, @search) RETURNING id
            """, "recordId", "documentId", "key", "type", "mode", "begin", "end", "fromPublished", "source", "trigger", "attackMode", "summary", "acled", "search");

        public readonly Statement? Search = backend == StoreBackend.Sqlite
            ? new(db, tx, "INSERT INTO event_search (rowid, body) VALUES (@eventId, @search)", "eventId", "search")
            : null;

        public readonly Statement EventSource = new(db, tx, "INSERT INTO event_sources (source_id, event_id) VALUES (@sourceId, @eventId)", "sourceId", "eventId");

        public readonly Statement Actor = new(db, tx, "INSERT INTO event_actors (event_id, role, code) VALUES (@eventId, @role, @code)", "eventId", "role", "code");

        public readonly Statement Place = new(db, tx, "INSERT INTO event_places (event_id, pcode, governorate) VALUES (@eventId, @pcode, @governorate)", "eventId", "pcode", "governorate");

        public readonly Statement Figure = new(db, tx, """
            INSERT INTO figures (event_id, role, grp, value, qualifier, low, high, vague, relation, start_at, end_at, text)
            VALUES (@eventId, @role, @grp, @value, @qualifier, @low, @high, @vague, @relation, @startAt, @endAt, @text)
            """, "eventId", "role", "grp", "value", "qualifier", "low", "high", "vague", "relation", "startAt", "endAt", "text");

        public readonly Statement Evidence = new(db, tx, "INSERT INTO evidence (event_id, start_at, end_at, text) VALUES (@eventId, @startAt, @endAt, @text)",
            "eventId", "startAt", "endAt", "text");

        public void Dispose()
        {
            foreach (var s in new[] { Document, Record, Event, Search, EventSource, Actor, Place, Figure, Evidence }) s?.Dispose();
        }
    }

    private long SourceId(string name, DbTransaction tx)
    {
        if (_sourceIds.TryGetValue(name, out var id)) return id;
        _db.Execute("INSERT INTO sources (name, name_key) VALUES (@name, @key) ON CONFLICT (name) DO NOTHING",
            new { name, key = name.ToLowerInvariant() }, tx);
        id = _db.ExecuteScalar<long>("SELECT id FROM sources WHERE name = @name", new { name }, tx);
        _sourceIds[name] = id;
        return id;
    }
}
