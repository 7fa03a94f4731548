namespace Rasd.Text;

/// <summary>`Any` over a token's clitic readings without boxing them (LINQ's Any would box the struct and allocate an iterator).</summary>
/// <remarks>Beside <see cref="CliticReadings"/>: in every file that uses this namespace, `token.Readings.Any(…)` binds here rather than to
/// System.Linq (the exact type is the better match).</remarks>
internal static class ReadingChecks
{
    public static bool Any(this CliticReadings readings, Func<CliticReading, bool> predicate)
    {
        foreach (var r in readings)
            if (predicate(r)) return true;
        return false;
    }
}
