using Rasd.Documents;
using Rasd.Text;

namespace Rasd.Pipeline;

/// <summary>A document with its layers: folded text, tokens, sentences, and whatever the stages add (timexes, figures, entities, events).</summary>
public sealed class Analysis
{
    // the stages' layers and the event stage's memos, 5 to 12 a document over ANT: a short list searched by reference is
    // as quick as a dictionary by type, and one array per analysis where a dictionary made three and grew past eleven
    private (Type Type, object Layer)[] _layers = new (Type, object)[12];
    private int _layerCount;
    private int[]? _sentenceOfToken;
    private int _mappedTokens;

    public Analysis(Document document, FoldedText folded, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Document = document;
        Folded = folded;
        Tokens = tokens;
        Sentences = sentences;
    }

    public Document Document { get; }

    /// <summary>The original text; every span points into it.</summary>
    public string Text => Document.Text;

    public FoldedText Folded { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The publication date relative expressions resolve against.</summary>
    public DateOnly? Published => Document.Published;

    /// <summary>Adds or replaces a layer (one per type).</summary>
    public void Set<T>(T layer) where T : class
    {
        int k = IndexOfLayer(typeof(T));
        if (k >= 0) { _layers[k].Layer = layer; return; }
        if (_layerCount == _layers.Length) Array.Resize(ref _layers, _layers.Length * 2);
        _layers[_layerCount++] = (typeof(T), layer);
    }

    /// <summary>The layer of type T, or null when no stage has produced it.</summary>
    public T? Get<T>() where T : class => IndexOfLayer(typeof(T)) is var k and >= 0 ? (T)_layers[k].Layer : null;

    private int IndexOfLayer(Type type)
    {
        for (int k = 0; k < _layerCount; k++)
            if (ReferenceEquals(_layers[k].Type, type)) return k;
        return -1;
    }

    /// <summary>The sentence that holds a token.</summary>
    /// <remarks>
    /// Read from a map of every token's sentence, made on first use. The map is an array the length of the text: one
    /// per analysis made a large share of what the stages allocate, so <see cref="RasdPipeline.Extract"/>, which lets the
    /// analysis go once its record is written, hands the array back for the thread's next analysis (<see cref="Release"/>).
    /// </remarks>
    public Sentence SentenceOfToken(int tokenIndex)
    {
        var map = _sentenceOfToken ?? MapSentences();
        // the map may be longer than the text (a buffer handed on): the token count, kept beside it, bounds the index
        if ((uint)tokenIndex >= (uint)_mappedTokens) throw new IndexOutOfRangeException();
        return Sentences[map[tokenIndex]];
    }

    private int[] MapSentences()
    {
        int count = Tokens.Count;
        var map = t_spareMap is { } spare && spare.Length >= count ? spare : new int[Math.Max(count, 256)];
        t_spareMap = null;
        // a token no sentence holds reads as the first sentence
        Array.Clear(map, 0, count);
        // (an index loop: a foreach over the read-only list boxed an enumerator)
        for (int k = 0; k < Sentences.Count; k++)
        {
            var s = Sentences[k];
            for (int i = s.FirstToken; i < s.EndToken; i++) map[i] = s.Index;
        }
        _mappedTokens = count;
        return _sentenceOfToken = map;
    }

    // a sentence map let go by an analysis no one reads any more, for the next analysis on this thread
    [ThreadStatic]
    private static int[]? t_spareMap;

    /// <summary>Hands this analysis's buffers to the next analysis on the thread; called only when nothing reads the analysis again.</summary>
    internal void Release()
    {
        if (_sentenceOfToken is { } map && Rasd.Text.ThreadBuffers.Keeps(map.Length) && (t_spareMap is null || t_spareMap.Length < map.Length)) t_spareMap = map;
        _sentenceOfToken = null;
        Tokenizer.Recycle(Tokens);
    }

    /// <summary>The sentence that holds an original offset (the last one starting at or before it).</summary>
    public Sentence? SentenceAt(int offset)
    {
        Sentence? found = null;
        foreach (var s in Sentences)
        {
            if (s.Span.Start > offset) break;
            found = s;
        }
        return found;
    }

    /// <summary>Index of the first token starting at or after an original offset.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
