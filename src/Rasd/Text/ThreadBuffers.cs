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
}
