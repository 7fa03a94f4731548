using Rasd.Pipeline;

namespace Rasd.Lexicons;

/// <summary>
/// Each token's lexicon mask (which phrase lexicons its word can start), read once per analysis so that the entity
/// stage's pass and the event stage's several lexicon scans (triggers, sports words, cues) share one reading of them.
/// </summary>
/// <remarks>
/// The masks live in one buffer per thread, kept for the analysis last asked about (a document's stages all run on the
/// thread that runs the pipeline); asking about another analysis, or after a lexicon was filled, reads them again.
/// </remarks>
internal static class TokenMasks
{
    [ThreadStatic]
    private static ulong[]? _buffer;

    [ThreadStatic]
    private static Analysis? _owner;

    [ThreadStatic]
    private static int _version;

    /// <summary>
    /// The masks of the analysis's tokens (the first Tokens.Count entries), read after every lexicon filled so far: a scan of
    /// a lexicon that exists when it asks can trust a missing bit. Valid until masks of another analysis are asked for.
    /// </summary>
    public static ulong[] For(Analysis analysis)
    {
        if (ReferenceEquals(_owner, analysis) && _version == FirstKeyIndex.Version) return _buffer!;
        // the version first: a lexicon filled while the masks are read makes them stale, and the next call reads them again
        _version = FirstKeyIndex.Version;
        var tokens = analysis.Tokens;
        if (_buffer is null || _buffer.Length < tokens.Count) _buffer = new ulong[Math.Max(tokens.Count, 1024)];
        for (int i = 0; i < tokens.Count; i++) _buffer[i] = tokens[i].Word.LexiconMask;
        _owner = analysis;
        return _buffer;
    }

    /// <summary>Lets go of the analysis the masks were read for (they are read again when next asked for).</summary>
    public static void Release() => _owner = null;
}
