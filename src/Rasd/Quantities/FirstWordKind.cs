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
}
