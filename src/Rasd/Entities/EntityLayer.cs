namespace Rasd.Entities;

/// <summary>The entity layer: named entities and actor phrases in text order, each resolved to codes and places.</summary>
public sealed record EntityLayer(IReadOnlyList<EntityMention> Mentions);
