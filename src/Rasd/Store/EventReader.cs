using Dapper;
using Rasd.Records;

namespace Rasd.Store;

/// <summary>Reads current events matching a filter, with their actors, places, figures and evidence.</summary>
public sealed class EventReader(RasdStore store)
{
    private const int Chunk = 500;

    public List<StoredEvent> Read(EventFilter filter)
    {
        var p = new DynamicParameters();
        var where = filter.Where(store.Backend, p);
        var limit = "";
        if (filter.Limit is { } n)
        {
            limit = " LIMIT @limit";
            p.Add("limit", n);
        }
        // newest first: with a date range the index walk starts at its end and stops at the limit
        var rows = store.Connection.Query<EventRow>($"""
            SELECT e.id AS Id, e.document_id AS DocumentId, d.name AS DocumentName, d.source AS DocumentSource, d.published AS Published,
                   e.event_key AS EventKey, e.type AS Type, e.mode AS Mode, e.time_begin AS TimeBegin, e.time_end AS TimeEnd,
                   e.time_from_published AS TimeFromPublished, e.source AS Source, e.trigger_text AS TriggerText,
                   e.attack_mode AS AttackMode, e.summary AS Summary, e.acled AS Acled
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE {where}
            ORDER BY e.time_begin DESC, e.id DESC{limit}
            """, p).ToList();
        var events = rows.Select(r => new StoredEvent
        {
            Id = r.Id,
            DocumentId = r.DocumentId,
            DocumentName = r.DocumentName,
            DocumentSource = r.DocumentSource,
            Published = r.Published,
            EventKey = r.EventKey,
            Type = r.Type,
            Mode = r.Mode,
            TimeBegin = r.TimeBegin,
            TimeEnd = r.TimeEnd,
            TimeFromPublished = r.TimeFromPublished != 0,
            Source = r.Source,
            Trigger = r.TriggerText,
            AttackMode = r.AttackMode,
            Summary = r.Summary,
            Acled = r.Acled,
        }).ToList();
        var byId = events.ToDictionary(e => e.Id);
        foreach (var chunk in events.Chunk(Chunk)) LoadChildren(chunk, byId);
        return events;
    }

    private void LoadChildren(StoredEvent[] chunk, Dictionary<long, StoredEvent> byId)
    {
        var p = new DynamicParameters();
        var names = string.Join(", ", chunk.Select((e, i) => { p.Add($"id{i}", e.Id); return $"@id{i}"; }));
        var db = store.Connection;
        foreach (var a in db.Query<(long EventId, string Role, string Code)>($"SELECT event_id, role, code FROM event_actors WHERE event_id IN ({names})", p))
            (a.Role == "target" ? byId[a.EventId].Targets : byId[a.EventId].Actors).Add(a.Code);
        foreach (var pl in db.Query<(long EventId, string PCode)>($"SELECT event_id, pcode FROM event_places WHERE event_id IN ({names})", p))
            byId[pl.EventId].Places.Add(pl.PCode);
        foreach (var f in db.Query<FigureRow>($"""
            SELECT event_id AS EventId, role AS Role, grp AS Grp, value AS Value, qualifier AS Qualifier, low AS Low, high AS High,
                   vague AS Vague, relation AS Relation, start_at AS StartAt, end_at AS EndAt, text AS Text
            FROM figures WHERE event_id IN ({names})
            """, p))
        {
            byId[f.EventId].Figures.Add(new FigureRecord(f.Role, f.Grp, (decimal)f.Value, f.Qualifier)
            {
                Low = (decimal?)f.Low,
                High = (decimal?)f.High,
                Vague = f.Vague != 0,
                Relation = f.Relation,
                Start = (int)f.StartAt,
                End = (int)f.EndAt,
                Text = f.Text,
            });
        }
        foreach (var s in db.Query<(long EventId, long StartAt, long EndAt, string? Text)>($"SELECT event_id, start_at, end_at, text FROM evidence WHERE event_id IN ({names})", p))
            byId[s.EventId].Evidence.Add(new SpanRecord((int)s.StartAt, (int)s.EndAt) { Text = s.Text });
    }

    /// <summary>The current rasd/1 record JSON of each document that has a current record, in document order (document text restored).</summary>
    public IEnumerable<string> CurrentRecords(IReadOnlyCollection<long>? documentIds = null)
    {
        const string Select = "SELECT r.json AS Json, d.text AS Text FROM records r JOIN documents d ON d.id = r.document_id WHERE r.is_current = 1";
        if (documentIds is null)
        {
            foreach (var r in store.Connection.Query<(string Json, string Text)>($"{Select} ORDER BY r.document_id", buffered: false))
                yield return StoredJson.ForExport(r.Json, r.Text);
            yield break;
        }
        foreach (var chunk in documentIds.Order().Chunk(Chunk))
        {
            var p = new DynamicParameters();
            var names = string.Join(", ", chunk.Select((id, i) => { p.Add($"d{i}", id); return $"@d{i}"; }));
            foreach (var r in store.Connection.Query<(string Json, string Text)>($"{Select} AND r.document_id IN ({names}) ORDER BY r.document_id", p))
                yield return StoredJson.ForExport(r.Json, r.Text);
        }
    }

    private sealed class EventRow
    {
        public long Id { get; set; }
        public long DocumentId { get; set; }
        public string? DocumentName { get; set; }
        public string? DocumentSource { get; set; }
        public string? Published { get; set; }
        public string EventKey { get; set; } = "";
        public string Type { get; set; } = "";
        public string Mode { get; set; } = "";
        public string? TimeBegin { get; set; }
        public string? TimeEnd { get; set; }
        public long TimeFromPublished { get; set; }
        public string? Source { get; set; }
        public string? TriggerText { get; set; }
        public string? AttackMode { get; set; }
        public string? Summary { get; set; }
        public string? Acled { get; set; }
    }

    private sealed class FigureRow
    {
        public long EventId { get; set; }
        public string Role { get; set; } = "";
        public string Grp { get; set; } = "";
        public double Value { get; set; }
        public string Qualifier { get; set; } = "";
        public double? Low { get; set; }
        public double? High { get; set; }
        public long Vague { get; set; }
        public string? Relation { get; set; }
        public long StartAt { get; set; }
        public long EndAt { get; set; }
        public string? Text { get; set; }
    }
}
