namespace Rasd.Bench.Recognizers;

/// <summary>A time expression as either system reports it: [Start, End) UTF-16 offsets, TIMEX3 value and mod.</summary>
public sealed record Prediction(int Start, int End, string Value, string? Mod);

/// <summary>A gold timex: span, accepted values, mod, and whether it is optional.</summary>
public sealed record GoldTimex(int Start, int End, HashSet<string> Values, string Value, string? Mod, bool Optional);

/// <summary>One text to run both systems on, with its reference date and gold timexes.</summary>
public sealed record Sample(string Text, DateOnly Reference, List<GoldTimex> Gold);
