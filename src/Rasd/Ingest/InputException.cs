namespace Rasd.Ingest;

/// <summary>Input that cannot be read as an article; the message is one line fit for a user.</summary>
public sealed class InputException(string message) : Exception(message);
