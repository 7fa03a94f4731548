using System.Globalization;

namespace Rasd.Records;

/// <summary>Days written yyyy-MM-dd for records, one string per day on each thread.</summary>
/// <remarks>
/// A pass over a news archive names a few thousand days, each in many records (timexes, events, publication dates):
/// the day's string is made once and shared. Written as <c>day.ToString("yyyy-MM-dd")</c>, in the current culture (the
/// memo is started afresh when the thread's culture changes).
/// </remarks>
public static class IsoDays
{
    // (more days than a corpus names; past it a day is written afresh)
    private const int MostKept = 1 << 14;

    [ThreadStatic]
    private static Dictionary<DateOnly, string>? _written;

    [ThreadStatic]
    private static CultureInfo? _culture;

    /// <summary>The day as yyyy-MM-dd.</summary>
    public static string Of(DateOnly day)
    {
        var culture = CultureInfo.CurrentCulture;
        var written = _written ??= [];
        if (!ReferenceEquals(culture, _culture))
        {
            written.Clear();
            _culture = culture;
        }
        if (written.TryGetValue(day, out var text)) return text;
        text = day.ToString("yyyy-MM-dd");
        if (written.Count < MostKept) written.Add(day, text);
        return text;
    }
}
