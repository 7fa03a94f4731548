using Rasd.Entities;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>Per-analysis lookups the event stage asks for again and again: mentions by sentence, clause and complementizer segment of each token.</summary>
public sealed class SentenceIndex
{
    private readonly List<EntityMention>[] _mentions;
    private readonly int[] _clause;
    private readonly int[] _segment;

    private SentenceIndex(Analysis analysis)
    {
        _mentions = new List<EntityMention>[analysis.Sentences.Count];
        for (int i = 0; i < _mentions.Length; i++) _mentions[i] = [];
        foreach (var m in analysis.Get<EntityLayer>()?.Mentions ?? [])
            if (m.FirstToken < analysis.Tokens.Count) _mentions[analysis.SentenceOfToken(m.FirstToken).Index].Add(m);
        // "دبي، الإمارات العربية المتحدة (CNN)-- …": where the report was filed is no party to, nor place of, what it tells
        foreach (var s in analysis.Sentences)
            if (_mentions[s.Index].Count > 0 && Dateline.End(analysis.Tokens, s, _mentions[s.Index]) is int end and > 0)
                _mentions[s.Index].RemoveAll(m => m.FirstToken < end);
        _clause = new int[analysis.Tokens.Count];
        _segment = new int[analysis.Tokens.Count];
        // tokens where a name begins, as one mask over the document rather than a set per sentence
        var mentionStarts = new bool[analysis.Tokens.Count];
        foreach (var list in _mentions)
            foreach (var m in list) mentionStarts[m.FirstToken] = true;
        foreach (var s in analysis.Sentences)
        {
            int clause = 0, segment = 0;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (i > s.FirstToken && Clauses.StartsClause(analysis.Tokens, i, mentionStarts[i])) clause++;
                _clause[i] = clause;
                _segment[i] = segment;
                if (TimeAttacher.IsComplementizer(analysis.Tokens[i])) segment++;
            }
        }
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
    public List<EntityMention> Mentions(int sentence) => _mentions[sentence];

    public int Clause(int token) => _clause[token];

    public int Segment(int token) => _segment[token];
}
