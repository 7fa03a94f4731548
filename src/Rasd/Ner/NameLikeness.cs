namespace Rasd.Ner;

/// <summary>
/// How much a word looks like a name of each entity type: the log-likelihood ratio of its letters under a character
/// n-gram model of that type's words against one of the words outside names, in a few buckets. It speaks for words no
/// cluster or training sentence knows (transliterated foreign names, rare places) by their spelling alone.
/// </summary>
public sealed class NameLikeness
{
    /// <summary>The class of the words outside names.</summary>
    public const string Outside = "O";

    /// <summary>Order of the character models (three letters of history).</summary>
    public const int Order = 4;

    /// <summary>Upper edges of the ratio buckets (natural log); a ratio above the last edge falls in the last bucket.</summary>
    public static readonly double[] Edges = [-6, -3, -1.5, 0, 1.5, 3, 6];

    private readonly CharNgramModel[] _models;
    private readonly CharNgramModel _outside;

    /// <summary>Models from the distinct words of each class: <see cref="Outside"/> and each entity type.</summary>
    public NameLikeness(IReadOnlyDictionary<string, IReadOnlyCollection<string>> wordsByClass)
    {
        Types = [.. wordsByClass.Keys.Where(k => k != Outside).Order(StringComparer.Ordinal)];
        WordsByClass = wordsByClass.ToDictionary(e => e.Key, e => (IReadOnlyCollection<string>)[.. e.Value.Distinct().Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        _outside = new CharNgramModel(WordsByClass.GetValueOrDefault(Outside) ?? [], Order);
        _models = [.. Types.Select(t => new CharNgramModel(WordsByClass[t], Order))];
    }

    /// <summary>No models: every word gets no buckets.</summary>
    public static NameLikeness Empty { get; } = new(new Dictionary<string, IReadOnlyCollection<string>>());

    /// <summary>The entity types, in ordinal order (bucket arrays follow it).</summary>
    public IReadOnlyList<string> Types { get; }

    /// <summary>The distinct training words of each class, sorted (what the model file stores).</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> WordsByClass { get; }

    public bool IsEmpty => Types.Count == 0;

    /// <summary>Models from folded words and their BIO tags: a word inside a name of type X counts for X, a word tagged O for <see cref="Outside"/>.</summary>
    public static NameLikeness FromTagged(IEnumerable<(string Word, string Tag)> tagged)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (word, tag) in tagged)
        {
            if (word.Length == 0) continue;
            var type = BioTags.TypeOf(tag) ?? Outside;
            if (!sets.TryGetValue(type, out var set)) sets[type] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(word);
        }
        return new NameLikeness(sets.ToDictionary(e => e.Key, e => (IReadOnlyCollection<string>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>Per type, log P(word | type) − log P(word | outside).</summary>
    public double[] Ratios(string word)
    {
        double outside = _outside.LogProb(word);
        return [.. _models.Select(m => m.LogProb(word) - outside)];
    }

    /// <summary>Per type, the bucket (0…<see cref="Edges"/>.Length) of the word's ratio.</summary>
    public byte[] Buckets(string word)
    {
        if (IsEmpty || word.Length == 0) return [];
        var ratios = Ratios(word);
        var buckets = new byte[ratios.Length];
        for (int t = 0; t < ratios.Length; t++)
        {
            int b = 0;
            while (b < Edges.Length && ratios[t] > Edges[b]) b++;
            buckets[t] = (byte)b;
        }
        return buckets;
    }
}
