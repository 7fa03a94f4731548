using Rasd.Documents;
using Rasd.Text;

namespace Rasd.Pipeline;

/// <summary>A document with its layers: folded text, tokens, sentences, and whatever the stages add (timexes, figures, entities, events).</summary>
public sealed class Analysis
{
    // room for the stages' layers and the event stage's memos (about eight) without growing from three, to seven, to seventeen
    private readonly Dictionary<Type, object> _layers = new(8);
    private int[]? _sentenceOfToken;

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
    public void Set<T>(T layer) where T : class => _layers[typeof(T)] = layer;

    /// <summary>The layer of type T, or null when no stage has produced it.</summary>
    public T? Get<T>() where T : class => _layers.TryGetValue(typeof(T), out var l) ? (T)l : null;

    /// <summary>The sentence that holds a token.</summary>
    public Sentence SentenceOfToken(int tokenIndex)
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
