namespace Rasd.Ner;

/// <summary>The label set of a tagger: O, then B-/I- for each entity type, with the BIO transition constraints.</summary>
public sealed class NerLabels
{
    private readonly Dictionary<string, int> _index;

    public NerLabels(IEnumerable<string> types)
    {
        var list = new List<string> { BioTags.Outside };
        foreach (var t in types.Distinct().Order(StringComparer.Ordinal))
        {
            list.Add("B-" + t);
            list.Add("I-" + t);
        }
        Names = [.. list];
        _index = Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        Allowed = new bool[(Count + 1) * Count];
        for (int prev = 0; prev <= Count; prev++)
            for (int cur = 0; cur < Count; cur++)
                Allowed[prev * Count + cur] = IsAllowed(prev < Count ? Names[prev] : null, Names[cur]);
    }

    /// <summary>Labels of the types seen in a corpus's tags.</summary>
    public static NerLabels FromTags(IEnumerable<string> tags) =>
        new(tags.Select(BioTags.TypeOf).Where(t => t is not null).Select(t => t!));

    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>Allowed[prev * Count + cur]; prev == Count stands for the sentence start.</summary>
    public bool[] Allowed { get; }

    public IEnumerable<string> Types => Names.Where(BioTags.IsBegin).Select(n => n[2..]);

    /// <summary>Index of a tag; tags of unknown types read as O.</summary>
    public int IndexOf(string tag) => _index.TryGetValue(tag, out var i) ? i : 0;

    private static bool IsAllowed(string? prev, string cur) =>
        !BioTags.IsInside(cur) || (prev is not null && BioTags.TypeOf(prev) == BioTags.TypeOf(cur));
}
