namespace Rasd.Quantities;

/// <summary>UCDP-style low/high bounds from a value and its qualifier.</summary>
public static class FigureInterval
{
    /// <summary>Exact: value..value; more_than/at_least: value..open; about: ±10 %; less_than/up_to: open..value; a range keeps its ends; a vague amount spans its order of magnitude ("عشرات" 10..99).</summary>
    public static (decimal? Low, decimal? High) Of(decimal value, string qualifier, bool vague, decimal? rangeHigh)
    {
        if (rangeHigh is { } h) return (value, h);
        if (vague && qualifier == "at_least") return (value, value < 10 ? 9 : value * 10 - 1); // "بضعة" 3..9, "عشرات" 10..99
        return qualifier switch
        {
            "more_than" or "at_least" => (value, null),
            "about" => (Math.Round(value * 0.9m, MidpointRounding.AwayFromZero), Math.Round(value * 1.1m, MidpointRounding.AwayFromZero)),
            "less_than" or "up_to" => (null, value),
            _ => (value, value),
        };
    }
}
