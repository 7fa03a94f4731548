namespace Rasd.Events;

/// <summary>Whether a figure told in a later sentence with a date of its own, far from an earlier event's days, counts another happening.</summary>
internal static class DatedApartFigure
{
    // a later sentence dated a day or two after the deed is often only when its toll was reported ("وقال المرصد الثلاثاء إن …"):
    // only days a week or more away from the event's make the count another deed's
    private const int MinimumGapDays = 7;

    /// <summary>
    /// "هجوم … في دوما في 7 نيسان/أبريل الحالي." then "كما يتهم النظام باستخدام السارين على خان شيخون في نيسان/أبريل 2017، ما أوقع
    /// أكثر من 80 قتيلا": the count's own sentence (as a mention anchored at it dates it) and the earlier event are both dated by
    /// the text, on days a week or more apart: the figure is the other happening's, not the event told before.
    /// </summary>
    internal static bool Apart(Event own, Event earlier) =>
        own.TimeFromText && earlier.TimeFromText && own.Begin is { } ob && own.End is { } oe && earlier.Begin is { } eb && earlier.End is { } ee
        && (oe.AddDays(MinimumGapDays) <= eb || ee.AddDays(MinimumGapDays) <= ob);
}
