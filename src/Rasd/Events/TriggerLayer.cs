namespace Rasd.Events;

/// <summary>Every event trigger found in an analysis, so argument finding can tell whose argument a name is.</summary>
public sealed record TriggerLayer(IReadOnlyList<TriggerMatch> Triggers);
