using Rasd.Documents;
using Rasd.Ingest;

namespace Rasd.Cli;

/// <summary>Reads one article from a path or standard input ('-') into a document.</summary>
public static class ArticleReader
{
    public static Document Read(string path, DateOnly? published)
    {
        DecodedText decoded;
        string name;
        if (path == "-")
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
            decoded = TextDecoder.Decode(buffer.ToArray(), "standard input");
            name = "stdin";
        }
        else
        {
            decoded = TextDecoder.ReadFile(path);
            name = Path.GetFileNameWithoutExtension(path);
        }
        var text = decoded.Text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text)) throw new InputException($"{(path == "-" ? "standard input" : path)}: no text");
        return new Document(text, name, published);
    }
}
