namespace Rasd.Ingest;

/// <summary>How to read sources: field names of JSONL/JSON records, a forced encoding, size limits.</summary>
public sealed record SourceOptions
{
    public static SourceOptions Default { get; } = new();

    /// <summary>Field names of corpus records (JSONL or a JSON array).</summary>
    public RecordFields Fields { get; init; } = RecordFields.Default;

    /// <summary>Encoding to use instead of detecting one (e.g. "windows-1256").</summary>
    public string? Encoding { get; init; }

    /// <summary>Largest single page, article file or corpus record; larger ones are refused, the batch goes on.</summary>
    public long MaxItemBytes { get; init; } = TextDecoder.MaxArticleBytes;

    /// <summary>Time allowed to fetch a URL.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);
}

/// <summary>Which JSON fields hold a record's parts; the configured name is tried first, then common alternatives.</summary>
public sealed record RecordFields
{
    public static RecordFields Default { get; } = new();

    public string Text { get; init; } = "text";

    public string Title { get; init; } = "title";

    public string Published { get; init; } = "published";

    public string Url { get; init; } = "url";

    public string Source { get; init; } = "source";

    public string Id { get; init; } = "id";

    /// <summary>Parses "text=content,published=date_extracted" (the names of the fields to set).</summary>
    public static RecordFields Parse(string spec)
    {
        var f = Default;
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length != 2 || kv[1].Length == 0) throw new ArgumentException($"field mapping '{pair}' is not NAME=FIELD");
            f = kv[0].ToLowerInvariant() switch
            {
                "text" => f with { Text = kv[1] },
                "title" => f with { Title = kv[1] },
                "published" or "date" => f with { Published = kv[1] },
                "url" => f with { Url = kv[1] },
                "source" => f with { Source = kv[1] },
                "id" => f with { Id = kv[1] },
                _ => throw new ArgumentException($"unknown field '{kv[0]}' (text, title, published, url, source, id)"),
            };
        }
        return f;
    }

    internal IEnumerable<string> TextNames => [Text, "text", "content", "body", "article"];

    internal IEnumerable<string> TitleNames => [Title, "title", "headline"];

    internal IEnumerable<string> PublishedNames => [Published, "published", "date", "date_yyyymmdd", "date_published", "datePublished", "pubDate", "date_extracted", "time"];

    internal IEnumerable<string> UrlNames => [Url, "url", "link"];

    internal IEnumerable<string> SourceNames => [Source, "source", "site", "publisher"];

    internal IEnumerable<string> IdNames => [Id, "id", "docno", "doc_id"];
}
