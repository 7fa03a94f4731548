using System.Text;
using System.Text.RegularExpressions;

namespace Rasd.Ingest;

/// <summary>Finds the encoding a document declares about itself: HTML meta charset / http-equiv, or the XML declaration.</summary>
public static partial class CharsetSniffer
{
    /// <summary>Bytes scanned for a declaration; pages put it in the head.</summary>
    public const int ScanBytes = 4096;

    /// <summary>The declared charset, lower-cased (e.g. "windows-1256"), or null when none is declared.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        // declarations are ASCII; Latin-1 keeps one char per byte, whatever the real encoding
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, ScanBytes)]);
        var m = XmlDeclaration().Match(head);
        if (m.Success) return Normalise(m.Groups[1].Value);
        m = MetaCharset().Match(head);
        return m.Success ? Normalise(m.Groups[1].Value) : null;
    }

    /// <summary>Maps aliases to one name per encoding this decoder knows; unknown names come back as given.</summary>
    public static string Normalise(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf8" or "utf-8" => "utf-8",
        "cp1256" or "windows-1256" or "x-cp1256" or "ms-arab" => "windows-1256",
        "iso-8859-6" or "iso8859-6" or "iso_8859-6" or "arabic" or "asmo-708" or "iso-ir-127" or "ecma-114" => "iso-8859-6",
        "utf-16" or "utf-16le" or "unicode" => "utf-16le",
        "utf-16be" => "utf-16be",
        var other => other,
    };

    [GeneratedRegex("""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_\-]+)["']""")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
