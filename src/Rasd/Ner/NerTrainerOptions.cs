namespace Rasd.Ner;

/// <summary>Settings of perceptron training.</summary>
public sealed record NerTrainerOptions
{
    /// <summary>Passes over the training data (with a dev set, the best epoch's weights are kept).</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>log2 of the number of hashed feature buckets.</summary>
    public int Bits { get; init; } = 20;

    public NerFeatureGroups Groups { get; init; } = NerFeatureGroups.All;

    /// <summary>Seed of the per-epoch shuffle, so training is reproducible.</summary>
    public int Seed { get; init; } = 17;
}
