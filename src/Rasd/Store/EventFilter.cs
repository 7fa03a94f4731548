using Dapper;

namespace Rasd.Store;

/// <summary>What to select: event-time overlap with [From, To], governorates, actor code (prefix), type, mode, source, free text.</summary>
public sealed record EventFilter
{
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Admin-1 codes (SY07…) or ISO codes; an event matches when one of its places falls in one of them.</summary>
    public IReadOnlyList<string>? Governorates { get; init; }

    /// <summary>A CAMEO-style code or prefix (SYR matches SYRMIL), as actor or target.</summary>
    public string? Actor { get; init; }

    public string? Type { get; init; }

    public string? Mode { get; init; }

    /// <summary>Part of the event's or the document's source name (case-insensitive).</summary>
    public string? Source { get; init; }

    /// <summary>Words that must all occur (folded, clitics stripped) in the event's evidence, summary or title.</summary>
    public string? Text { get; init; }

    public int? Limit { get; init; }

    /// <summary>The WHERE clause (always parameterised) over events <c>e</c> joined to documents <c>d</c>.</summary>
    internal string Where(StoreBackend backend, DynamicParameters p)
    {
        var clauses = new List<string> { "e.is_current = 1" };
        if (From is { } from)
        {
            clauses.Add("e.time_end >= @from");
            p.Add("from", from.ToString("yyyy-MM-dd"));
        }
        if (To is { } to)
        {
            clauses.Add("e.time_begin <= @to");
            p.Add("to", to.ToString("yyyy-MM-dd"));
        }
        if (Governorates is { Count: > 0 } govs)
        {
            var names = govs.Select((g, i) => { p.Add($"gov{i}", Store.Governorates.GovernorateOf(g)); return $"@gov{i}"; });
            // the place index gives the matching ids at once; the time-ordered walk over events then checks membership
            clauses.Add($"e.id IN (SELECT ep.event_id FROM event_places ep WHERE ep.governorate IN ({string.Join(", ", names)}))");
        }
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            // a prefix as a range (LIKE is case-insensitive in SQLite and so cannot use the code index)
            var prefix = Actor.Trim().ToUpperInvariant();
            clauses.Add("e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.code >= @actorLow AND ea.code < @actorHigh)");
            p.Add("actorLow", prefix);
            p.Add("actorHigh", prefix[..^1] + (char)(prefix[^1] + 1));
        }
        if (!string.IsNullOrWhiteSpace(Type))
        {
            clauses.Add("e.type = @type");
            p.Add("type", Type.Trim().ToUpperInvariant());
        }
        if (!string.IsNullOrWhiteSpace(Mode))
        {
            clauses.Add("e.mode = @mode");
            p.Add("mode", Mode.Trim().ToLowerInvariant());
        }
        if (!string.IsNullOrWhiteSpace(Source))
        {
            // the substring is matched against the few distinct names; event_sources holds both the event's and its document's source
            // (nested IN, not a join: SQLite then probes event_sources by source_id instead of scanning it)
            clauses.Add("e.id IN (SELECT es.event_id FROM event_sources es WHERE es.source_id IN (SELECT s.id FROM sources s WHERE s.name_key LIKE @source))");
            p.Add("source", "%" + Source.Trim().ToLowerInvariant() + "%");
        }
        if (!string.IsNullOrWhiteSpace(Text))
        {
            if (backend == StoreBackend.Sqlite)
            {
                clauses.Add("e.id IN (SELECT rowid FROM event_search WHERE event_search MATCH @text)");
                p.Add("text", SearchText.Fts5Query(Text) ?? "\"\"");
            }
            else
            {
                clauses.Add("e.search_tsv @@ to_tsquery('simple', @text)");
                p.Add("text", SearchText.TsQuery(Text) ?? "");
            }
        }
        return string.Join(" AND ", clauses);
    }
}
