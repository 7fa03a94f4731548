namespace Rasd.Ner;

/// <summary>The feature bucket ids of a sentence, flat: token i owns Ids[Starts[i]..Starts[i+1]].</summary>
public sealed record FeatureSequence(int[] Ids, int[] Starts)
{
    public int Length => Starts.Length - 1;

    public ReadOnlySpan<int> Of(int token) => Ids.AsSpan(Starts[token], Starts[token + 1] - Starts[token]);
}
