namespace Rasd.Ingest;

/// <summary>Text decoded from bytes and the encoding that was used (and how it was chosen).</summary>
public sealed record DecodedText(string Text, string Encoding, string How);
