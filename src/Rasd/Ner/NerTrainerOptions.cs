namespace Rasd.Ner;

/// <summary>Settings of perceptron training.</summary>
public sealed record NerTrainerOptions
{
    /// <summary>Passes over the training data (with a dev set, the best epoch's weights are kept).</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>log2 of the number of hashed feature buckets.</summary>
    public int Bits { get; init; } = 20;

    public NerFeatureGroups Groups { get; init; } = NerFeatureGroups.All;

    /// <summary>Loss-augmented training: the cost of each wrongly labelled token added while decoding (0 = plain perceptron).</summary>
    public float Margin { get; init; } = 3;

    /// <summary>Word dropout: the share of training tokens seen without their word identity features in each epoch, so the tagger learns what unseen names look like.</summary>
    public float WordDropout { get; init; } = 0.2f;

    /// <summary>
    /// Each feature also gets one weight per entity type shared by its B- and I- labels (folded into the label weights after
    /// training, so tagging and the model file are unchanged): a word seen only inside names still votes for its type at a name's start.
    /// </summary>
    public bool SharedTypeWeights { get; init; } = true;

    /// <summary>How many perceptrons (shuffle seeds Seed, Seed+1, …) are averaged for each pass of the final model.</summary>
    public int Ensemble { get; init; } = 3;

    /// <summary>
    /// Share of the training sentences (the tail, like a test split) held out to tune how much the final pass lowers the O score
    /// (0 = off): a model trained on the rest tags the held-out part at each offset of <see cref="OutsideOffsets"/>, the best F1 wins,
    /// and the final model, trained on everything, carries that offset in its bias weight.
    /// </summary>
    public float OutsideHoldout { get; init; }

    /// <summary>The O-score offsets tried when <see cref="OutsideHoldout"/> is on.</summary>
    public IReadOnlyList<float> OutsideOffsets { get; init; } = [0, 1, 2, 3, 4, 5, 6, 8, 10, 12];

    /// <summary>How chunks are encoded as labels inside the model (BILOU: separate labels for a chunk's last token and one-token chunks); tagging answers in BIO either way.</summary>
    public TagScheme Scheme { get; init; } = TagScheme.Bio;

    /// <summary>Seed of the per-epoch shuffle, so training is reproducible.</summary>
    public int Seed { get; init; } = 17;
}
