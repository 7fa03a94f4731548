using Rasd.Documents;
using Rasd.Ingest.Corpora;
using Rasd.Ingest.Feeds;
using Rasd.Ingest.Html;

namespace Rasd.Ingest;

/// <summary>Opens any supported input — a .txt article, an HTML page, an RSS/Atom feed, a JSONL/JSON or TREC corpus (gzip or not), a URL, or a folder of these — as a stream of items.</summary>
public static class DocumentSources
{
    /// <summary>Kinds of input, chosen by extension (after .gz) and, when that says nothing, by the first bytes.</summary>
    public enum Kind { Text, Html, Feed, Jsonl, Json, Trec }

    private static readonly Dictionary<string, Kind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Kind.Text,
        [".html"] = Kind.Html,
        [".htm"] = Kind.Html,
        [".xhtml"] = Kind.Html,
        [".shtml"] = Kind.Html,
        [".rss"] = Kind.Feed,
        [".atom"] = Kind.Feed,
        [".xml"] = Kind.Feed,
        [".jsonl"] = Kind.Jsonl,
        [".ndjson"] = Kind.Jsonl,
        [".json"] = Kind.Json,
        [".trec"] = Kind.Trec,
        [".sgml"] = Kind.Trec,
        [".sgm"] = Kind.Trec,
    };

    /// <summary>Streams the items of a source; failures come back as items, never as exceptions. <paramref name="published"/> is the date of a .txt article and the fallback date of items that state none.</summary>
    public static IEnumerable<SourceItem> Open(string path, DateOnly? published = null) => Open(path, published, SourceOptions.Default);

    /// <summary>As <see cref="Open(string, DateOnly?)"/>, with reading options.</summary>
    public static IEnumerable<SourceItem> Open(string path, DateOnly? published, SourceOptions options)
    {
        if (UrlFetcher.IsUrl(path)) return OpenUrl(path, published, options);
        if (Directory.Exists(path)) return OpenFolder(path, published, options);
        if (!File.Exists(path)) return [SourceItem.Failed(path, $"{path}: no such file or folder")];
        return OpenFile(path, published, options);
    }

    /// <summary>Files a folder walk reads: known extensions (a .json beside articles is usually an annotation, so only explicit .json files are read).</summary>
    public static bool IsReadable(string path) =>
        KindOf(path) is { } k && k != Kind.Json && !Path.GetFileName(path).StartsWith('.');

    /// <summary>The kind an extension names, or null.</summary>
    public static Kind? KindOf(string path) =>
        Extensions.TryGetValue(Path.GetExtension(InputStreams.InnerName(path)), out var k) ? k : null;

    private static IEnumerable<SourceItem> OpenFolder(string folder, DateOnly? published, SourceOptions options)
    {
        IEnumerable<string> files;
        try { files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsReadable).Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [SourceItem.Failed(folder, $"{folder}: cannot list ({e.Message})")]; }
        return files.SelectMany(f => OpenFile(f, published, options));
    }

    private static IEnumerable<SourceItem> OpenFile(string path, DateOnly? published, SourceOptions options)
    {
        var kind = KindOf(path);
        switch (kind)
        {
            case Kind.Jsonl: return JsonlReader.Read(path, options, published);
            case Kind.Trec: return TrecReader.Read(path, options, published);
            case Kind.Json: return JsonArrayReader.Read(path, options, published);
        }
        // pages, feeds, articles and unknown extensions: read whole (bounded), then decide
        return Guarded(path, () =>
        {
            var bytes = InputStreams.ReadAll(path, options.MaxItemBytes);
            return FromBytes(bytes, path, kind, path, Path.GetFileNameWithoutExtension(InputStreams.InnerName(path)), published, options, null);
        });
    }

    private static IEnumerable<SourceItem> OpenUrl(string url, DateOnly? published, SourceOptions options) => Guarded(url, () =>
    {
        var (bytes, charset, media) = UrlFetcher.Fetch(url, options.FetchTimeout, options.MaxItemBytes);
        Kind? kind = media switch
        {
            "text/html" or "application/xhtml+xml" => Kind.Html,
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => Kind.Feed,
            _ => null,
        };
        var name = CorpusRecord.SafeName(new Uri(url).Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } seg ? seg : new Uri(url).Host) ?? "page";
        return FromBytes(bytes, url, kind, url, name, published, options with { Encoding = options.Encoding ?? charset }, url);
    });

    private static IEnumerable<SourceItem> FromBytes(byte[] bytes, string origin, Kind? kind, string path, string name, DateOnly? published, SourceOptions options, string? url)
    {
        var decoded = TextDecoder.Decode(bytes, origin, options.Encoding);
        var text = decoded.Text.TrimStart('\uFEFF');
        kind ??= Sniff(text);
        if (kind == Kind.Feed && !FeedReader.LooksLikeFeed(text) && text.Contains("<DOC>", StringComparison.OrdinalIgnoreCase)) kind = Kind.Trec;
        switch (kind)
        {
            case Kind.Feed:
                return WithWarning(FeedReader.Read(text, origin, name, published), decoded.Warning);
            case Kind.Html:
                {
                    var article = HtmlArticleExtractor.Extract(text, url, origin);
                    var m = article.Metadata;
                    var doc = new Document(CorpusRecord.Compose(m.Title, article.Body), name, m.Published ?? published, article.Source, m.Url ?? url, m.Title) { TextExtracted = true };
                    return [SourceItem.Ok(origin, doc, decoded.Warning)];
                }
            case Kind.Trec or Kind.Jsonl or Kind.Json:
                {
                    // sniffed corpus without a telling extension: stream it from the file
                    var reader = kind == Kind.Trec ? TrecReader.Read(path, options, published) : kind == Kind.Jsonl ? JsonlReader.Read(path, options, published) : JsonArrayReader.Read(path, options, published);
                    return url is null ? reader : [SourceItem.Failed(origin, $"{origin}: corpus files must be saved and passed as files")];
                }
            default:
                if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{origin}: no text");
                return [SourceItem.Ok(origin, new Document(text, name, published), decoded.Warning)];
        }
    }

    /// <summary>What the first characters say about a file with an unhelpful extension.</summary>
    private static Kind Sniff(string text)
    {
        var head = (text.Length > 1024 ? text[..1024] : text).TrimStart();
        if (FeedReader.LooksLikeFeed(head)) return Kind.Feed;
        if (head.StartsWith("<DOC>", StringComparison.OrdinalIgnoreCase)) return Kind.Trec;
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return Kind.Html;
        if (head.StartsWith('{')) return Kind.Jsonl;
        if (head.StartsWith('[')) return Kind.Json;
        return Kind.Text;
    }

    private static IEnumerable<SourceItem> WithWarning(IEnumerable<SourceItem> items, string? warning)
    {
        bool first = true;
        foreach (var item in items)
        {
            yield return first && warning is not null && item.Warning is null ? item with { Warning = warning } : item;
            first = false;
        }
    }

    /// <summary>Runs a reader; an <see cref="InputException"/> thrown before or while enumerating becomes a failed item.</summary>
    private static IEnumerable<SourceItem> Guarded(string origin, Func<IEnumerable<SourceItem>> open)
    {
        IEnumerator<SourceItem>? e = null;
        SourceItem? failure = null;
        try { e = open().GetEnumerator(); }
        catch (InputException x) { failure = SourceItem.Failed(origin, x.Message); }
        if (failure is not null) { yield return failure; yield break; }
        using (e)
        {
            while (true)
            {
                SourceItem? item = null;
                try
                {
                    if (!e!.MoveNext()) yield break;
                    item = e.Current;
                }
                catch (InputException x) { failure = SourceItem.Failed(origin, x.Message); }
                catch (Exception x) when (x is not OutOfMemoryException) { failure = SourceItem.Failed(origin, $"{origin}: unreadable ({x.GetType().Name}: {x.Message})"); }
                if (failure is not null) { yield return failure; yield break; }
                yield return item!;
            }
        }
    }
}
