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

    // SentenceOfToken: 1 when the sentences tile the tokens (0 not yet known, -1 not), and the sentence found last
    private int _sentencesTile;
    private int _lastSentence;

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
    /// The splitter's sentences cover the tokens in order, one after another: the sentence is then found from the one
    /// found last (callers mostly ask about nearby tokens) or by a binary search, where a map of every token's sentence
    /// was an array the size of the text per analysis. Sentences given otherwise are looked up through that map.
    /// </remarks>
    public Sentence SentenceOfToken(int tokenIndex)
    {
        var sentences = Sentences;
        if (_sentencesTile == 0) _sentencesTile = Tile(sentences, Tokens.Count) ? 1 : -1;
        if (_sentencesTile < 0) return SentenceOfTokenByMap(tokenIndex);
        if ((uint)tokenIndex >= (uint)Tokens.Count) throw new IndexOutOfRangeException();
        var last = sentences[_lastSentence];
        if (tokenIndex >= last.FirstToken && tokenIndex < last.EndToken) return last;
        int lo = 0, hi = sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (sentences[mid].FirstToken <= tokenIndex) lo = mid; else hi = mid - 1;
        }
        _lastSentence = lo;
        return sentences[lo];
    }

    // whether the sentences are numbered by position and cover [0, tokenCount) one after another, as the splitter makes them
    private static bool Tile(IReadOnlyList<Sentence> sentences, int tokenCount)
    {
        if (sentences.Count == 0) return false;
        int next = 0;
        for (int k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.Index != k || s.FirstToken != next || s.TokenCount <= 0) return false;
            next = s.EndToken;
        }
        return next == tokenCount;
    }

    private Sentence SentenceOfTokenByMap(int tokenIndex)
    {
        if (_sentenceOfToken is null)
        {
            var map = new int[Tokens.Count];
            foreach (var s in Sentences)
                for (int i = s.FirstToken; i < s.EndToken; i++) map[i] = s.Index;
            _sentenceOfToken = map;
        }
        return Sentences[_sentenceOfToken[tokenIndex]];
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
