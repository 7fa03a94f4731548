using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Per-analysis lookups the event stage asks for again and again: mentions by sentence, clause and complementizer segment of each token.</summary>
public sealed class SentenceIndex
{
    // sentences that name nobody share this list (read only)
    private static readonly List<EntityMention> NoMentions = [];

    private readonly List<EntityMention>?[] _mentions;

    // per token: the clause in its sentence in the low 16 bits and the segment in the high 16 bits (both count up from 0
    // within a sentence, so they fit while the text has at most 65,535 tokens); a longer text keeps the segments apart
    private readonly int[] _clause;
    private readonly int[]? _segment;

    private SentenceIndex(Analysis analysis)
    {
        var tokens = analysis.Tokens;
        _mentions = new List<EntityMention>?[analysis.Sentences.Count];
        foreach (var m in analysis.Get<EntityLayer>()?.Mentions ?? [])
            if (m.FirstToken < tokens.Count) (_mentions[analysis.SentenceOfToken(m.FirstToken).Index] ??= []).Add(m);
        // "دبي، الإمارات العربية المتحدة (CNN)-- …": where the report was filed is no party to, nor place of, what it tells
        foreach (var s in analysis.Sentences)
            if (_mentions[s.Index] is { Count: > 0 } list && Dateline.End(tokens, s, list) is int end and > 0)
                list.RemoveAll(m => m.FirstToken < end);
        bool packed = tokens.Count <= ushort.MaxValue;
        _clause = new int[tokens.Count];
        _segment = packed ? null : new int[tokens.Count];
        foreach (var s in analysis.Sentences)
        {
            var list = _mentions[s.Index];
            int clause = 0, segment = 0;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                // a clause opens only after a comma: whether a name begins here is asked only there
                if (i > s.FirstToken && tokens[i - 1].Folded is "،" or "," && Clauses.StartsClause(tokens, i, StartsMention(list, i))) clause++;
                if (packed) _clause[i] = clause | segment << 16;
                else
                {
                    _clause[i] = clause;
                    _segment![i] = segment;
                }
                if (TimeAttacher.IsComplementizer(tokens[i])) segment++;
            }
        }
    }

    // a mention of the token's own sentence begins at it (every mention is listed under the sentence of its first token)
    private static bool StartsMention(List<EntityMention>? list, int token)
    {
        if (list is null) return false;
        foreach (var m in list)
            if (m.FirstToken == token) return true;
        return false;
    }

    /// <summary>The index for an analysis, built once and kept as a layer.</summary>
    public static SentenceIndex For(Analysis analysis)
    {
        if (analysis.Get<SentenceIndex>() is { } index) return index;
        index = new SentenceIndex(analysis);
        analysis.Set(index);
        return index;
    }

    /// <summary>The mentions of a sentence, in the entity layer's order (the index's own list: read it, never change it).</summary>
    public List<EntityMention> Mentions(int sentence) => _mentions[sentence] ?? NoMentions;

    public int Clause(int token) => _segment is null ? _clause[token] & 0xFFFF : _clause[token];

    public int Segment(int token) => _segment is null ? _clause[token] >>> 16 : _segment[token];
}
