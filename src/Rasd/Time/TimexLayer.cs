namespace Rasd.Time;

/// <summary>The time layer of an analysis: every timex in text order.</summary>
public sealed record TimexLayer(IReadOnlyList<Timex> Timexes);
