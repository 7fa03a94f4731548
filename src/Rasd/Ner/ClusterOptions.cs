namespace Rasd.Ner;

/// <summary>Settings of word clustering.</summary>
public sealed record ClusterOptions
{
    /// <summary>How many of the most frequent words get a cluster.</summary>
    public int Words { get; init; } = 50_000;

    /// <summary>Fine clusters; the mid level has a quarter of them, the coarse level a sixteenth.</summary>
    public int Clusters { get; init; } = 512;

    /// <summary>Context vocabulary: the most frequent words used as context dimensions (per slot).</summary>
    public int Contexts { get; init; } = 1000;

    public int Iterations { get; init; } = 15;

    /// <summary>Words seen fewer times are not clustered.</summary>
    public int MinCount { get; init; } = 5;

    public int Seed { get; init; } = 7;

    /// <summary>What the words are clustered by: PPMI context vectors or skip-gram vectors.</summary>
    public ClusterMethod Method { get; init; } = ClusterMethod.Ppmi;

    /// <summary>Cluster clitic-stripped stems (with their article) instead of whole tokens, so "وبغداد" and "لبغداد" count as "بغداد".</summary>
    public bool Stems { get; init; }

    /// <summary>Skip-gram vector size.</summary>
    public int Dimensions { get; init; } = 100;

    /// <summary>Skip-gram passes over the corpus.</summary>
    public int Epochs { get; init; } = 3;
}

/// <summary>The word representation k-means clusters.</summary>
public enum ClusterMethod
{
    /// <summary>Sparse positive-PMI vectors of left, right and ±2 neighbours.</summary>
    Ppmi,
    /// <summary>Dense skip-gram (word2vec) vectors.</summary>
    SkipGram,
}
