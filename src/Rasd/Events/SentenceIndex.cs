using Rasd.Entities;
using Rasd.Pipeline;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>Per-analysis lookups the event stage asks for again and again: mentions by sentence, clause and complementizer segment of each token.</summary>
/// <remarks>
/// Only the sentences that hold a trigger are ever asked about, so each sentence's dateline and clause numbering are worked
/// out the first time it is asked for, not for the whole text up front.
/// </remarks>
public sealed class SentenceIndex
{
    // sentences that name nobody share this list (read only)
    private static readonly List<EntityMention> NoMentions = [];

    private readonly Analysis _analysis;
    private readonly IReadOnlyList<EntityMention> _all;

    // each sentence's mentions, listed the first time it is asked about (exactly sized; shared empty list when none)
    private readonly List<EntityMention>?[] _mentions;

    // per sentence: whether its dateline was cut from its mentions
    private readonly bool[] _trimmed;

    // per sentence: whether its tokens' clause and segment numbers are in this thread's buffers
    private readonly bool[] _numbered;

    // each token's clause and segment (both count up from 0 within its sentence), for the sentences asked about, in two
    // buffers per thread indexed by token: they belong to the index that last filled them, and an index that finds them
    // taken by another one numbers its sentences again (a document's stage runs on one thread, so that is rare)
    [ThreadStatic]
    private static NumberBuffers? _buffers;

    // (one thread-static object: a token's numbers are read with one thread-local access, not one per buffer and owner)
    private sealed class NumberBuffers
    {
        public int[] Clauses = [];
        public int[] Segments = [];
        public SentenceIndex? Owner;
    }

    private SentenceIndex(Analysis analysis)
    {
        _analysis = analysis;
        _all = analysis.Get<EntityLayer>()?.Mentions ?? [];
        _mentions = new List<EntityMention>?[analysis.Sentences.Count];
        _trimmed = new bool[_mentions.Length];
        _numbered = new bool[_mentions.Length];
    }

    // per sentence: how many mentions start in it and where its stretch of the layer begins (its first index), bucketed in
    // one pass over the layer the first time a sentence is asked about: walking the whole layer for each asked sentence cost
    // sentences times mentions on a long text. Kept in this thread's buffers, owned as the clause numbers are (an index that
    // finds them taken by another one buckets its mentions again)
    [ThreadStatic]
    private static BucketBuffers? _buckets;

    private sealed class BucketBuffers
    {
        public int[] Count = [];
        public int[] First = [];
        public SentenceIndex? Owner;
    }

    // the mentions of one sentence, in the entity layer's order (only mentions that start inside the text)
    private List<EntityMention> Collect(int sentence)
    {
        var buckets = _buckets;
        if (buckets is null || !ReferenceEquals(buckets.Owner, this)) buckets = Bucket();
        int count = buckets.Count[sentence];
        if (count == 0) return NoMentions;
        var list = new List<EntityMention>(count);
        // (the stretch is usually a run; a mention of another sentence inside it is passed over)
        for (int i = buckets.First[sentence]; list.Count < count; i++)
            if (SentenceOfMention(_all[i].FirstToken) == sentence) list.Add(_all[i]);
        return list;
    }

    // makes this thread's bucket buffers this index's, filled with its sentences' counts and first mentions
    private BucketBuffers Bucket()
    {
        int sentences = _mentions.Length;
        var buckets = _buckets ??= new BucketBuffers();
        if (buckets.Count.Length < sentences)
        {
            buckets.Count = new int[Math.Max(sentences, 256)];
            buckets.First = new int[buckets.Count.Length];
        }
        var counts = buckets.Count;
        Array.Clear(counts, 0, sentences);
        for (int i = 0; i < _all.Count; i++)
        {
            int k = SentenceOfMention(_all[i].FirstToken);
            if (k < 0) continue;
            if (counts[k]++ == 0) buckets.First[k] = i;
        }
        buckets.Owner = this;
        return buckets;
    }

    // the sentence a mention starting at the token is listed under (the sentences partition the tokens; a token the partition
    // leaves out reads as the first sentence's), or -1 past the text
    private int SentenceOfMention(int token) => token < _analysis.Tokens.Count ? _analysis.SentenceOfToken(token).Index : -1;

    // "دبي، الإمارات العربية المتحدة (CNN)-- …": where the report was filed is no party to, nor place of, what it tells
    private List<EntityMention> Trimmed(int sentence)
    {
        if (_trimmed[sentence]) return _mentions[sentence]!;
        var list = _mentions[sentence] = Collect(sentence);
        _trimmed[sentence] = true;
        if (list.Count > 0 && Dateline.End(_analysis.Tokens, _analysis.Sentences[sentence], list) is int end and > 0) DropBefore(list, end);
        return list;
    }

    // (its own method: a lambda over `end` above would make a closure at every call)
    private static void DropBefore(List<EntityMention> list, int end) => list.RemoveAll(m => m.FirstToken < end);

    // the clause and segment of a token, from the numbers of the sentence that holds it (a token outside every sentence: 0, 0)
    private (int Clause, int Segment) Numbers(int token)
    {
        var s = _analysis.SentenceOfToken(token);
        if (token < s.FirstToken || token >= s.EndToken) return (0, 0);
        var buffers = _buffers;
        if (buffers is null || !ReferenceEquals(buffers.Owner, this)) buffers = TakeNumberBuffers();
        if (!_numbered[s.Index])
        {
            Number(s, buffers.Clauses, buffers.Segments);
            _numbered[s.Index] = true;
        }
        return (buffers.Clauses[token], buffers.Segments[token]);
    }

    // makes this thread's buffers this index's, with none of its sentences numbered in them yet
    private NumberBuffers TakeNumberBuffers()
    {
        int count = _analysis.Tokens.Count;
        var buffers = _buffers ??= new NumberBuffers();
        if (buffers.Clauses.Length < count)
        {
            buffers.Clauses = new int[Math.Max(count, 1024)];
            buffers.Segments = new int[buffers.Clauses.Length];
        }
        Array.Clear(_numbered);
        buffers.Owner = this;
        return buffers;
    }

    private void Number(Sentence s, int[] clauses, int[] segments)
    {
        var tokens = _analysis.Tokens;
        var list = Trimmed(s.Index);
        int clause = 0, segment = 0;
        // (each token read once: the one before is carried over)
        Token? previous = null;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var token = tokens[i];
            // a clause opens only after a comma: whether a name begins here is asked only there
            if (previous is not null && previous.IsComma && Clauses.StartsClause(tokens, i, StartsMention(list, i))) clause++;
            clauses[i] = clause;
            segments[i] = segment;
            if (TimeAttacher.IsComplementizer(token)) segment++;
            previous = token;
        }
    }

    /// <summary>Lets go of the index that last numbered or bucketed in this thread's buffers (the next index to ask takes them).</summary>
    public static void ReleaseBuffers()
    {
        if (_buffers is { } buffers) buffers.Owner = null;
        if (_buckets is { } buckets) buckets.Owner = null;
    }

    // a mention of the token's own sentence begins at it (every mention is listed under the sentence of its first token)
    private static bool StartsMention(List<EntityMention> list, int token)
    {
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
    public List<EntityMention> Mentions(int sentence) => Trimmed(sentence);

    public int Clause(int token) => Numbers(token).Clause;

    public int Segment(int token) => Numbers(token).Segment;
}
