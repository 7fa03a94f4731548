namespace Rasd.Text;

/// <summary>The bound on what a per-thread buffer sized by one text keeps for the next text.</summary>
/// <remarks>A buffer reused across documents saves an allocation per document; one grown by a very large file (200 MB of
/// text) would otherwise hold its memory for as long as the thread lives. Past the bound the buffer is let go.</remarks>
internal static class ThreadBuffers
{
    /// <summary>The largest length (elements) a per-thread buffer keeps between texts: a news report of a few hundred KB.</summary>
    public const int MaxKeptLength = 1 << 16;

    /// <summary>Whether a buffer of this length (or capacity) is worth keeping for the next text.</summary>
    public static bool Keeps(int length) => length <= MaxKeptLength;

    /// <summary>The thread's list from <paramref name="slot"/>, emptied, or a new one; the slot is cleared while the list is in use, so a nested call makes its own.</summary>
    public static List<T> Take<T>(ref List<T>? slot)
    {
        var list = slot ?? [];
        slot = null;
        list.Clear();
        return list;
    }

    /// <summary>A copy of <paramref name="list"/> of its exact size; the list goes back to <paramref name="slot"/> unless it grew past the bound.</summary>
    public static List<T> ExactCopy<T>(List<T> list, ref List<T>? slot)
    {
        var exact = new List<T>(list.Count);
        exact.AddRange(list);
        GiveBack(list, ref slot);
        return exact;
    }

    /// <summary>Empties a list taken with <see cref="Take"/> and puts it back in <paramref name="slot"/> unless it grew past the bound.</summary>
    public static void GiveBack<T>(List<T> list, ref List<T>? slot)
    {
        list.Clear();
        if (Keeps(list.Capacity)) slot = list;
    }
}
