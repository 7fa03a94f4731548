namespace Rasd.Ingest.Corpora;

/// <summary>Wraps a gzip decompressor and checks, at the end, that the decompressed size matches the gzip trailer (ISIZE): .NET's GZipStream ends silently on a truncated file, this makes it an error.</summary>
public sealed class GzipCheckStream(Stream inner, uint? trailerSize) : Stream
{
    private long _count;
    private bool _checked;

    /// <summary>Reads ISIZE (the last 4 bytes, little-endian) of a gzip file, or null when the file is too short to hold a trailer.</summary>
    public static uint? TrailerSize(FileStream file)
    {
        if (file.Length < 18) return null;
        var pos = file.Position;
        file.Position = file.Length - 4;
        Span<byte> b = stackalloc byte[4];
        file.ReadExactly(b);
        file.Position = pos;
        return BitConverter.ToUInt32(b);
    }

    public override int Read(byte[] buffer, int offset, int count) => count == 0 ? 0 : Check(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => buffer.Length == 0 ? 0 : Check(inner.Read(buffer));

    private int Check(int n)
    {
        _count += n;
        if (n > 0 || _checked) return n;
        _checked = true;
        // ISIZE is the size mod 2^32 of the last member; one-member files (the usual case) must match exactly
        if (trailerSize is null || (uint)_count != trailerSize)
            throw new InvalidDataException("the compressed data ends early: the gzip file is truncated (or is a multi-member gzip whose sizes disagree)");
        return n;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _count; set => throw new NotSupportedException(); }

    public override void Flush() { }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
