using Rasd.Documents;
using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Tests.Entities;

/// <summary>Runs the text layer and the entity stage over a phrase.</summary>
internal static class EntityTestKit
{
    private static readonly RasdPipeline Pipeline = new RasdPipelineBuilder().Add(new EntityStage((string?)null)).Build();

    public static EntityLayer Layer(string text) => Pipeline.Analyze(new Document(text, "test", null)).Get<EntityLayer>()!;

    public static Records.RasdRecord Record(string text) => Pipeline.Extract(new Document(text, "test", null));

    /// <summary>The texts of the people found in a sentence, in order.</summary>
    public static List<string> People(string sentence) =>
        [.. Layer(sentence).Mentions.Where(m => m.Type == EntityType.Per).Select(m => m.Text)];

    /// <summary>The mention whose text is exactly <paramref name="text"/>, or null.</summary>
    public static EntityMention? Find(string sentence, string text) => Layer(sentence).Mentions.FirstOrDefault(m => m.Text == text);
}
