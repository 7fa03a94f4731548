namespace Rasd.Events;

/// <summary>The events of an analysis in order of first mention.</summary>
public sealed record EventLayer(IReadOnlyList<Event> Events);
