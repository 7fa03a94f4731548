using Rasd.Lexicons;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// Each token's lexicon mask (which phrase lexicons its word can start), read once per analysis so that the stage's
/// several lexicon scans (triggers, sports words, cues) pass over most tokens without touching them.
/// </summary>
internal sealed class TokenMasks
{
    private readonly ulong[] _masks;
    private readonly int _version;

    private TokenMasks(Analysis analysis)
    {
        // the version first: a lexicon filled while the masks are read makes them stale, and the next call reads them again
        _version = FirstKeyIndex.Version;
        _masks = new ulong[analysis.Tokens.Count];
        for (int i = 0; i < _masks.Length; i++) _masks[i] = analysis.Tokens[i].Word.LexiconMask;
    }

    /// <summary>
    /// The masks, read after every lexicon filled so far (a lexicon made later invalidates them): a scan of a lexicon that
    /// exists when it asks can trust a missing bit.
    /// </summary>
    public static ulong[] For(Analysis analysis)
    {
        var masks = analysis.Get<TokenMasks>();
        if (masks is null || masks._version != FirstKeyIndex.Version) analysis.Set(masks = new TokenMasks(analysis));
        return masks._masks;
    }
}
