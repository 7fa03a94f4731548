using Rasd.Quantities;

namespace Rasd.Events;

/// <summary>Whether two figures of a document tell the same count, so that the record lists it once.</summary>
public static class FigureRepeats
{
    /// <summary>
    /// The same role, group and value, unless both break down totals of one group with different values: "بينهم ثلاث
    /// نساء" among 53 and among 41 people arrested are two counts, where "36 طفلا" among 157 dead in the title and among
    /// 124 civilians in the body may be one count seen from two totals.
    /// </summary>
    public static bool Same(IReadOnlyList<Figure> figures, Figure a, Figure b)
    {
        if (a.Role != b.Role || a.Group != b.Group || a.Value != b.Value) return false;
        if (a.InsideOf is not int ta || b.InsideOf is not int tb) return true;
        var (totalA, totalB) = (figures[ta], figures[tb]);
        return totalA.Group != totalB.Group || totalA.Value == totalB.Value;
    }
}
