namespace Rasd.Quantities;

/// <summary>A number phrase over tokens [First, End): qualifier, value, optional range end, and whether it is vague ("عشرات").</summary>
/// <param name="NumberFirst">First token of the number itself (after any qualifier).</param>
/// <param name="RangeHigh">Upper end of a range ("بين 10 و15"), else null.</param>
/// <param name="IsWords">Written in words ("ثلاثة"), so it may follow its noun ("متطوعين اثنين").</param>
public readonly record struct Quantity(int First, int End, int NumberFirst, decimal Value, bool Vague, string? Qualifier, decimal? RangeHigh, bool IsWords);
