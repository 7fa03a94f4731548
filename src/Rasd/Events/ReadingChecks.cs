using Rasd.Text;

namespace Rasd.Events;

/// <summary>`Any` over a token's clitic readings without boxing them (LINQ's Any would box the struct and allocate an iterator).</summary>
/// <remarks>Declared in this namespace, so `token.Readings.Any(…)` in the event stage binds here before System.Linq.</remarks>
internal static class ReadingChecks
{
    public static bool Any(this CliticReadings readings, Func<CliticReading, bool> predicate)
    {
        foreach (var r in readings)
            if (predicate(r)) return true;
        return false;
    }
}
