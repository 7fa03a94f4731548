namespace Rasd.Quantities;

/// <summary>The figures layer: every casualty or event count in text order.</summary>
public sealed record FigureLayer(IReadOnlyList<Figure> Figures);
