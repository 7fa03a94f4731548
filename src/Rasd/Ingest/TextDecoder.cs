using System.Text;

namespace Rasd.Ingest;

/// <summary>Turns bytes into text: BOM first, then strict UTF-8, then Arabic legacy code pages; refuses binary data rather than guess.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Largest single article read whole; larger inputs are refused with a clear message rather than exhausting memory.</summary>
    public const long MaxArticleBytes = 32L * 1024 * 1024;

    /// <summary>Reads a file as one article.</summary>
    public static DecodedText ReadFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException($"{path}: no such file");
        if (info.Length == 0) throw new InputException($"{path}: empty file");
        if (info.Length > MaxArticleBytes)
            throw new InputException($"{path}: {info.Length / (1024 * 1024)} MB is too large for one article (limit {MaxArticleBytes / (1024 * 1024)} MB); split it or use a corpus format (JSONL, TREC)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"{path}: cannot read ({e.Message})"); }
        return Decode(bytes, path);
    }

    /// <summary>Decodes bytes; <paramref name="name"/> is used in error messages.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string name = "input")
    {
        if (bytes.Length == 0) throw new InputException($"{name}: empty input");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(new UTF8Encoding(false, true), bytes[3..], name, "utf-8", "BOM");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(new UnicodeEncoding(false, false, true), bytes[2..], name, "utf-16le", "BOM");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(new UnicodeEncoding(true, false, true), bytes[2..], name, "utf-16be", "BOM");
        if (LooksBinary(bytes)) throw new InputException($"{name}: binary data, not text");
        try
        {
            return new DecodedText(new UTF8Encoding(false, true).GetString(bytes), "utf-8", "valid UTF-8");
        }
        catch (DecoderFallbackException)
        {
            var (multibyte, invalid, firstInvalid) = Utf8Shape(bytes);
            // UTF-8 Arabic with a few damaged bytes must not be read as Windows-1256 mojibake
            if (multibyte >= 8 && multibyte >= invalid * 4)
                throw new InputException($"{name}: invalid UTF-8 at byte {firstInvalid} ({invalid} bad sequence{(invalid == 1 ? "" : "s")} in otherwise UTF-8 text); the file is damaged");
            // not UTF-8: Arabic legacy pages are almost always Windows-1256
            var cp1256 = Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            string text;
            try { text = cp1256.GetString(bytes); }
            catch (DecoderFallbackException) { throw new InputException($"{name}: neither UTF-8 nor Windows-1256"); }
            if (ArabicLetterShare(text) < 0.3) throw new InputException($"{name}: invalid UTF-8 and not Arabic in Windows-1256 either; give the encoding explicitly");
            return new DecodedText(text, "windows-1256", "invalid UTF-8, Arabic in Windows-1256");
        }
    }

    private static DecodedText Strict(Encoding enc, ReadOnlySpan<byte> bytes, string name, string label, string how)
    {
        try { return new DecodedText(enc.GetString(bytes), label, how); }
        catch (DecoderFallbackException) { throw new InputException($"{name}: has a {label} BOM but invalid {label} data"); }
    }

    // counts well-formed multi-byte UTF-8 sequences and malformed ones (Windows-1256 Arabic is nearly all malformed)
    private static (int Multibyte, int Invalid, int FirstInvalid) Utf8Shape(ReadOnlySpan<byte> bytes)
    {
        int multibyte = 0, invalid = 0, first = -1, pos = 0;
        while (pos < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[pos..], out _, out int n);
            if (status == System.Buffers.OperationStatus.Done) { if (n > 1) multibyte++; }
            else { invalid++; if (first < 0) first = pos; }
            pos += Math.Max(n, 1);
        }
        return (multibyte, invalid, first);
    }

    /// <summary>NUL bytes or many control characters mean the data is not text.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        int control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }
        return control > sample.Length / 20;
    }

    /// <summary>Share of letters that are Arabic, among all letters.</summary>
    public static double ArabicLetterShare(string text)
    {
        int letters = 0, arabic = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0600' and <= '\u06FF') arabic++;
        }
        return letters == 0 ? 0 : (double)arabic / letters;
    }
}
