namespace Rasd.Events;

/// <summary>A trigger lexicon entry: the PLOVER type it announces and, for attacks, how.</summary>
public sealed record TriggerEntry(string Phrase, string Type, string? AttackMode);
