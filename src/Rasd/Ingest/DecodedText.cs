namespace Rasd.Ingest;

/// <summary>Text decoded from bytes, the encoding that was used, how it was chosen, and a warning when the input's own label was wrong.</summary>
public sealed record DecodedText(string Text, string Encoding, string How)
{
    /// <summary>Set when the declared encoding (meta charset, XML declaration) disagreed with the bytes, or the text looks like mojibake.</summary>
    public string? Warning { get; init; }
}
