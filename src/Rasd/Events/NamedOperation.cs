namespace Rasd.Events;

/// <summary>A named military operation (data/named_operations.tsv): who ran it against whom, where and over which days.</summary>
public sealed record NamedOperation(string Name, IReadOnlyList<string> Actors, IReadOnlyList<string> Targets, IReadOnlyList<string> Places, DateOnly Begin, DateOnly? End);
