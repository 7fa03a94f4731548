namespace Rasd.Events;

/// <summary>Small integers boxed once for the records' object-valued fields (ACLED precisions), not at every event.</summary>
internal static class Boxed
{
    private static readonly object[] Small = [0, 1, 2, 3, 4, 5, 6, 7];

    public static object Of(int value) => value >= 0 && value < Small.Length ? Small[value] : value;
}
