using System.IO.Compression;
using System.Text;

namespace Rasd.Ingest.Corpora;

/// <summary>Opens files for streaming, decompressing gzip transparently (by magic bytes, whatever the extension).</summary>
public static class InputStreams
{
    /// <summary>A readable stream of the file's (decompressed) bytes.</summary>
    public static Stream Open(string path)
    {
        Stream file;
        try { file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"{path}: cannot read ({e.Message})"); }
        if (file is FileStream fs && IsGzip(fs)) return new GzipCheckStream(new GZipStream(fs, CompressionMode.Decompress), GzipCheckStream.TrailerSize(fs));
        return file;
    }

    /// <summary>A UTF-8 reader over the file (BOM honoured; invalid bytes become U+FFFD, which readers report).</summary>
    public static StreamReader OpenText(string path) => new(Open(path), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>The whole (decompressed) file, refused above <paramref name="limit"/> bytes.</summary>
    public static byte[] ReadAll(string path, long limit)
    {
        using var s = Open(path);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int n;
        try
        {
            while ((n = s.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > limit)
                    throw new InputException($"{path}: more than {limit / (1024 * 1024)} MB is too large for one article; split it or use a corpus format (JSONL, TREC)");
                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException and not FileNotFoundException)
        {
            throw new InputException($"{path}: corrupt or truncated compressed data ({e.Message})");
        }
        if (buffer.Length == 0) throw new InputException($"{path}: empty file");
        return buffer.ToArray();
    }

    public static bool HasGzipName(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name without a trailing .gz, for choosing a reader by extension.</summary>
    public static string InnerName(string path) => HasGzipName(path) ? path[..^3] : path;

    private static bool IsGzip(Stream s)
    {
        if (!s.CanSeek || s.Length < 2) return false;
        int a = s.ReadByte(), b = s.ReadByte();
        s.Position = 0;
        return a == 0x1F && b == 0x8B;
    }
}
