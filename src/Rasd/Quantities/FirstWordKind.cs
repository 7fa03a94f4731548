namespace Rasd.Quantities;

/// <summary>Which figure word lists a token may start an entry of; computed once per token so the tries are only asked where they can match.</summary>
[Flags]
public enum FirstWordKind
{
    None = 0,
    Role = 1,
    QualifierBefore = 2,
    QualifierAfter = 4,
    Vague = 8,
    Breakdown = 16,
    Modifier = 32,
    NonFigureAfter = 64,
    NumberWord = 128,
    Noun = 256,

    /// <summary>The word ends in ان/ين and one of its readings is a countable noun's dual form (<see cref="Numbers.NumberParser.MayBeDual"/>).</summary>
    Dual = 512,

    /// <summary>"بين" or "من", which open a range of digits ("بين 10 و15").</summary>
    RangeOpener = 1024,

    /// <summary>A number token: set by <see cref="FigureReader"/> on its copy of the kinds, never by the lexicon.</summary>
    Digits = 2048,
}
