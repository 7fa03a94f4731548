using System.Globalization;

namespace Rasd.Store;

/// <summary>CPU time used so far by the calling thread (Linux /proc/thread-self/stat; zero elsewhere), to tell writer work from waiting.</summary>
public static class ThreadCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, fixed at 100 on Linux

    /// <summary>User plus system time of the calling thread so far.</summary>
    public static TimeSpan Now()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // fields after the ")" closing the command name: state is 3rd, utime 14th, stime 15th
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long ticks = long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }
}
