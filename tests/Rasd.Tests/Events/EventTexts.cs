using Rasd.Documents;
using Rasd.Pipeline;
using Rasd.Records;

namespace Rasd.Tests.Events;

/// <summary>Extracts a record from a text written for the event tests, published on a fixed Thursday (2024-03-14).</summary>
internal static class EventTexts
{
    private static readonly RasdPipeline Pipeline = RasdPipeline.CreateDefault();

    public static DateOnly Published { get; } = new(2024, 3, 14);

    public static RasdRecord Extract(string text, string name = "test") => Pipeline.Extract(new Document(text, name, Published));
}
