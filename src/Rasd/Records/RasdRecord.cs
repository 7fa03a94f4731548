namespace Rasd.Records;

/// <summary>The rasd/1 record of one article (see FORMAT.md): document, sentences and every layer.</summary>
public sealed class RasdRecord
{
    public string Format { get; init; } = "rasd/1";

    public required DocumentRecord Document { get; init; }

    public List<SpanRecord> Sentences { get; init; } = [];

    public List<TimexRecord> Timexes { get; set; } = [];

    public List<EntityRecord> Entities { get; set; } = [];

    public List<EventRecord> Events { get; set; } = [];
}

/// <summary>Document metadata in a record; <c>Text</c> is set when the text was extracted from something other than a plain file.</summary>
public sealed record DocumentRecord(string Id, string Hash, string? Published, string? Source, string? Url, string? Title)
{
    public string? Text { get; init; }
}

/// <summary>A [start,end) span of the article text.</summary>
public sealed record SpanRecord(int Start, int End)
{
    public string? Text { get; init; }
}

/// <summary>A whole-day interval, ISO dates, both ends inclusive.</summary>
public sealed record DayInterval(string Begin, string End);
