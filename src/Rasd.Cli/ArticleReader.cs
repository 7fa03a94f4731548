using Rasd.Documents;
using Rasd.Ingest;

namespace Rasd.Cli;

/// <summary>Reads one article from a path or standard input ('-') into a document; pages, feeds and corpora go through <see cref="DocumentSources"/> (first document).</summary>
public static class ArticleReader
{
    public static Document Read(string path, DateOnly? published, SourceOptions? options = null)
    {
        if (path == "-") return FromStdin(published, options);
        if (!IsPlainText(path))
        {
            string? firstError = null;
            foreach (var item in DocumentSources.Open(path, published, options ?? SourceOptions.Default))
            {
                if (item.Warning is not null) Console.Error.WriteLine($"rasd: warning: {item.Warning}");
                if (item.Document is not null) return item.Document;
                firstError ??= item.Error;
            }
            throw new InputException(firstError ?? $"{path}: no document");
        }
        var decoded = TextDecoder.ReadFile(path, options?.Encoding);
        if (decoded.Warning is not null) Console.Error.WriteLine($"rasd: warning: {decoded.Warning}");
        var text = decoded.Text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{path}: no text");
        return new Document(text, Path.GetFileNameWithoutExtension(path), published);
    }

    /// <summary>A plain article file: .txt, whose offsets refer to the file as read.</summary>
    public static bool IsPlainText(string path) => File.Exists(path) && DocumentSources.KindOf(path) == DocumentSources.Kind.Text;

    private static Document FromStdin(DateOnly? published, SourceOptions? options)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > TextDecoder.MaxArticleBytes) throw new InputException($"standard input: more than {TextDecoder.MaxArticleBytes / (1024 * 1024)} MB is too large for one article");
            buffer.Write(chunk, 0, n);
        }
        var decoded = TextDecoder.Decode(buffer.ToArray(), "standard input", options?.Encoding);
        if (decoded.Warning is not null) Console.Error.WriteLine($"rasd: warning: {decoded.Warning}");
        var text = decoded.Text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) throw new InputException("standard input: no text");
        return new Document(text, "stdin", published);
    }
}
