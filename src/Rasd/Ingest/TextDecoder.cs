using System.Text;

namespace Rasd.Ingest;

/// <summary>Turns bytes into text: BOM first, then the document's own declaration checked against the bytes, then strict UTF-8, then Arabic legacy code pages; refuses binary data and reports mislabelled input rather than produce mojibake silently.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Largest single article read whole; larger inputs are refused with a clear message rather than exhausting memory.</summary>
    public const long MaxArticleBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Reads a file as one article.</summary>
    public static DecodedText ReadFile(string path, string? encoding = null) => Decode(ReadBounded(path), path, encoding);

    /// <summary>Reads a whole file, refusing empty, missing and over-large files with a one-line reason.</summary>
    public static byte[] ReadBounded(string path, long limit = MaxArticleBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException($"{path}: no such file");
        if (info.Length == 0) throw new InputException($"{path}: empty file");
        if (info.Length > limit)
            throw new InputException($"{path}: {info.Length / (1024 * 1024)} MB is too large for one article (limit {limit / (1024 * 1024)} MB); split it or use a corpus format (JSONL, TREC)");
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException($"{path}: cannot read ({e.Message})"); }
    }

    /// <summary>Decodes bytes; <paramref name="name"/> is used in messages; <paramref name="encoding"/> forces an encoding (strictly).</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string name = "input", string? encoding = null)
    {
        if (bytes.Length == 0) throw new InputException($"{name}: empty input");
        if (encoding is not null)
        {
            var label = CharsetSniffer.Normalise(encoding);
            var forced = Strict(label) ?? throw new InputException($"{name}: unknown encoding '{encoding}'");
            return Strict(forced, SkipBom(bytes, label), name, label, "given");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Strict(StrictUtf8, bytes[3..], name, "utf-8", "BOM");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Strict(Strict("utf-16le")!, bytes[2..], name, "utf-16le", "BOM");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Strict(Strict("utf-16be")!, bytes[2..], name, "utf-16be", "BOM");
        if (Utf16WithoutBom(bytes) is { } utf16) return Strict(Strict(utf16)!, bytes, name, utf16, "UTF-16 byte pattern");
        if (LooksBinary(bytes)) throw new InputException($"{name}: binary data, not text");

        var declared = CharsetSniffer.Declared(bytes);
        if (TryStrict(StrictUtf8, bytes) is { } utf8)
        {
            string? warning = null;
            if (declared is not null and not "utf-8" && !IsAscii(bytes))
                warning = $"{name}: declares {declared} but the bytes are valid UTF-8; read as UTF-8";
            if (Mojibake.Repair(utf8) is { } repaired)
                return new DecodedText(repaired, "utf-8", "mojibake repaired") { Warning = $"{name}: text was UTF-8 misread as Windows-1252 before saving (mojibake); repaired" };
            if (Mojibake.Looks(utf8))
                warning = $"{name}: text looks like mojibake (UTF-8 misread as a single-byte code page) and could not be repaired";
            return new DecodedText(utf8, "utf-8", declared == "utf-8" ? "declared, valid" : "valid UTF-8") { Warning = warning };
        }
        return DecodeLegacy(bytes, name, declared);
    }

    /// <summary>Not UTF-8: choose between Windows-1256 and ISO-8859-6 by validity and by how Arabic the result reads.</summary>
    private static DecodedText DecodeLegacy(ReadOnlySpan<byte> bytes, string name, string? declared)
    {
        var (multibyte, invalid, firstInvalid) = Utf8Shape(bytes);
        // UTF-8 Arabic with a few damaged bytes must not be read as Windows-1256 mojibake
        if (multibyte >= 8 && multibyte >= invalid * 4)
            throw new InputException($"{name}: invalid UTF-8 at byte {firstInvalid} ({invalid} bad sequence{(invalid == 1 ? "" : "s")} in otherwise UTF-8 text); the file is damaged");
        var cp1256 = TryStrict(Strict("windows-1256")!, bytes);
        var iso = TryStrict(Strict("iso-8859-6")!, bytes);
        double s1256 = ArabicScore(cp1256), sIso = ArabicScore(iso);
        var (best, label, score) = sIso > s1256 ? (iso, "iso-8859-6", sIso) : (cp1256, "windows-1256", s1256);
        if (best is null || score <= 0)
            throw new InputException($"{name}: not valid UTF-8 and not Arabic in Windows-1256 or ISO-8859-6; give the encoding explicitly");
        if (declared is null) return new DecodedText(best, label, "invalid UTF-8; reads as Arabic in " + label);
        if (declared == label) return new DecodedText(best, label, "declared, valid");
        return new DecodedText(best, label, "declared encoding did not fit")
        {
            Warning = $"{name}: declares {declared} but the bytes {(declared == "utf-8" ? "are not valid UTF-8" : "do not read as Arabic in it")}; read as {label}",
        };
    }

    /// <summary>How strongly a decoding reads as Arabic: share of Arabic letters, boosted by the definite article "ال", penalised by words mixing Arabic and Latin letters (the sign of a wrong code page).</summary>
    private static double ArabicScore(string? text)
    {
        if (text is null) return -1;
        var share = ArabicLetterShare(text);
        if (share < 0.3) return 0;
        int al = 0, words = 0, mixed = 0;
        bool arabic = false, latin = false, inWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u0627' && i + 1 < text.Length && text[i + 1] == '\u0644') al++;
            if (char.IsLetter(c))
            {
                inWord = true;
                if (c is >= '\u0600' and <= '\u06FF') arabic = true; else latin = true;
                continue;
            }
            if (inWord) { words++; if (arabic && latin) mixed++; }
            inWord = arabic = latin = false;
        }
        if (inWord) { words++; if (arabic && latin) mixed++; }
        if (words == 0) return 0;
        return share + (double)al / words - 4.0 * mixed / words;
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> bytes, string label) => label switch
    {
        "utf-8" when bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) => bytes[3..],
        "utf-16le" when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) => bytes[2..],
        "utf-16be" when bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) => bytes[2..],
        _ => bytes,
    };

    /// <summary>A strict (exception-throwing) decoder for a normalised label, or null when unknown.</summary>
    private static Encoding? Strict(string label) => label switch
    {
        "utf-8" => StrictUtf8,
        "utf-16le" => new UnicodeEncoding(false, false, true),
        "utf-16be" => new UnicodeEncoding(true, false, true),
        _ => TryGet(label),
    };

    private static Encoding? TryGet(string label)
    {
        try { return Encoding.GetEncoding(label, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
        catch (ArgumentException) { return null; }
    }

    private static string? TryStrict(Encoding enc, ReadOnlySpan<byte> bytes)
    {
        try { return enc.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    private static DecodedText Strict(Encoding enc, ReadOnlySpan<byte> bytes, string name, string label, string how) =>
        TryStrict(enc, bytes) is { } text ? new DecodedText(text, label, how) : throw new InputException($"{name}: {how} says {label} but the data is not valid {label}");

    /// <summary>UTF-16 without a BOM: one byte of each pair is almost always 0x00 (ASCII) or 0x06 (Arabic block).</summary>
    private static string? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 8192) & ~1;
        if (n < 4) return null;
        int evenHigh = 0, oddHigh = 0, zeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] is 0x00 or 0x06) evenHigh++;
            if (bytes[i + 1] is 0x00 or 0x06) oddHigh++;
            if (bytes[i] == 0 || bytes[i + 1] == 0) zeros++;
        }
        int pairs = n / 2;
        if (zeros < pairs / 10) return null;
        if (oddHigh > pairs * 0.9 && evenHigh < pairs * 0.5) return "utf-16le";
        if (evenHigh > pairs * 0.9 && oddHigh < pairs * 0.5) return "utf-16be";
        return null;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b >= 0x80) return false;
        return true;
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
