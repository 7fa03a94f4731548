namespace Rasd.Ner;

/// <summary>The feature bucket ids of a sentence, flat: token i owns Ids[Starts[i]..Starts[i+1]].</summary>
public sealed record FeatureSequence(int[] Ids, int[] Starts)
{
    public int Length => Starts.Length - 1;

    public ReadOnlySpan<int> Of(int token) => Ids.AsSpan(Starts[token], Starts[token + 1] - Starts[token]);

    /// <summary>This sequence with extra feature hashes appended to some tokens (the second pass reuses the first pass's features).</summary>
    public FeatureSequence WithExtra(List<ulong>?[] extra, int bits)
    {
        int added = 0;
        foreach (var e in extra) added += e?.Count ?? 0;
        if (added == 0) return this;
        var ids = new int[Ids.Length + added];
        var starts = new int[Starts.Length];
        int n = 0;
        for (int i = 0; i < Length; i++)
        {
            starts[i] = n;
            var own = Of(i);
            own.CopyTo(ids.AsSpan(n));
            n += own.Length;
            foreach (var h in extra[i] ?? []) ids[n++] = FeatureHash.Bucket(h, bits);
        }
        starts[Length] = n;
        return new FeatureSequence(ids, starts);
    }
}
