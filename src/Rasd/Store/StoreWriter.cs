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
            counts = counts.Plus(WriteDocument(item, reprocess, now, tx));
        }
        tx.Commit();
        return counts;
    }

    private WriteCounts WriteDocument(IngestItem item, bool reprocess, string now, DbTransaction tx)
    {
        var doc = item.Document!;
        var record = item.Record!;
        var json = item.Json ?? RecordJson.Serialize(record, indented: false);
        var id = _db.ExecuteScalar<long?>("""
            INSERT INTO documents (hash, name, published, source, url, title, origin, text, ingested_at)
            VALUES (@Hash, @Name, @published, @Source, @Url, @Title, @origin, @Text, @now)
            ON CONFLICT (hash) DO NOTHING RETURNING id
            """, new { doc.Hash, doc.Name, published = doc.Published?.ToString("yyyy-MM-dd"), doc.Source, doc.Url, doc.Title, origin = item.Origin, doc.Text, now }, tx);
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
        var recordId = _db.ExecuteScalar<long>("""
            INSERT INTO records (document_id, version, is_current, created_at, json) VALUES (@id, @version, 1, @now, @json) RETURNING id
            """, new { id, version, now, json }, tx);
        for (int i = 0; i < record.Events.Count; i++) WriteEvent(record.Events[i], item.EventTexts[i], id.Value, recordId, doc, tx);
        return new(again ? 0 : 1, again ? 1 : 0, 0, 0, record.Events.Count, 0);
    }

    private void WriteEvent(EventRecord ev, (List<string?> Evidence, string Search) texts, long documentId, long recordId, Documents.Document doc, DbTransaction tx)
    {
        var published = doc.Published?.ToString("yyyy-MM-dd");
        var begin = ev.Time?.Begin ?? published;
        var end = ev.Time?.End ?? published;
        var (evidenceTexts, search) = texts;
        var eventId = _db.ExecuteScalar<long>("""
            INSERT INTO events (record_id, document_id, is_current, event_key, type, mode, time_begin, time_end, time_from_published,
                                source, trigger_text, attack_mode, summary, acled, search_text)
            VALUES (@recordId, @documentId, 1, @Id, @Type, @Mode, @begin, @end, @fromPublished,
                    @Source, @Trigger, @AttackMode, @Summary, @acled, @search) RETURNING id
            """, new
        {
            recordId,
            documentId,
            ev.Id,
            ev.Type,
            ev.Mode,
            begin,
            end,
            fromPublished = ev.Time is null && published is not null ? 1 : 0,
            Source = ev.Source ?? doc.Source,
            ev.Trigger,
            ev.AttackMode,
            ev.Summary,
            acled = ev.Acled is null ? null : System.Text.Json.JsonSerializer.Serialize(ev.Acled, RecordJson.Compact),
            search,
        }, tx);
        if (store.Backend == StoreBackend.Sqlite)
            _db.Execute("INSERT INTO event_search (rowid, body) VALUES (@eventId, @search)", new { eventId, search }, tx);
        var sourceIds = new[] { ev.Source, doc.Source }.Where(n => !string.IsNullOrEmpty(n)).Distinct().Select(n => SourceId(n!, tx)).Distinct();
        _db.Execute("INSERT INTO event_sources (source_id, event_id) VALUES (@sourceId, @eventId)", sourceIds.Select(sourceId => new { sourceId, eventId }), tx);
        var actors = ev.Actors.Distinct().Select(code => new { eventId, role = "actor", code })
            .Concat(ev.Targets.Distinct().Select(code => new { eventId, role = "target", code }));
        _db.Execute("INSERT INTO event_actors (event_id, role, code) VALUES (@eventId, @role, @code)", actors, tx);
        _db.Execute("INSERT INTO event_places (event_id, pcode, governorate) VALUES (@eventId, @pcode, @governorate)",
            ev.Places.Distinct().Select(p => new { eventId, pcode = p, governorate = Governorates.GovernorateOf(p) }), tx);
        _db.Execute("""
            INSERT INTO figures (event_id, role, grp, value, qualifier, low, high, vague, relation, start_at, end_at, text)
            VALUES (@eventId, @Role, @Group, @value, @Qualifier, @low, @high, @vague, @Relation, @Start, @End, @Text)
            """, ev.Figures.Select(f => new
        {
            eventId,
            f.Role,
            f.Group,
            value = (double)f.Value,
            f.Qualifier,
            low = (double?)f.Low,
            high = (double?)f.High,
            vague = f.Vague ? 1 : 0,
            f.Relation,
            f.Start,
            f.End,
            f.Text,
        }), tx);
        _db.Execute("INSERT INTO evidence (event_id, start_at, end_at, text) VALUES (@eventId, @Start, @End, @text)",
            ev.Evidence.Select((s, i) => new { eventId, s.Start, s.End, text = evidenceTexts[i] }), tx);
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
