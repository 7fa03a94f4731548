namespace Rasd.Ner;

/// <summary>How a tagger encodes entity chunks as per-token labels.</summary>
public enum TagScheme
{
    /// <summary>B-X begins a chunk, I-X continues it.</summary>
    Bio,
    /// <summary>B-X begins, I-X continues, L-X ends a chunk of 2+ tokens, U-X is a one-token chunk (Ratinov and Roth 2009).</summary>
    Bilou,
}

/// <summary>
/// The label set of a tagger: O, then B-/I- (BIO) or B-/I-/L-/U- (BILOU) for each entity type, with the transition
/// constraints of the scheme. Corpora and callers speak BIO; <see cref="Encode"/> and <see cref="ToBioIds"/> convert.
/// </summary>
public sealed class NerLabels
{
    private readonly Dictionary<string, int> _index;

    public NerLabels(IEnumerable<string> types, TagScheme scheme = TagScheme.Bio)
    {
        Scheme = scheme;
        var list = new List<string> { BioTags.Outside };
        var typeOf = new List<int> { -1 };
        var prefixes = scheme == TagScheme.Bio ? "BI" : "BILU";
        var typeList = types.Distinct().Order(StringComparer.Ordinal).ToArray();
        for (int t = 0; t < typeList.Length; t++)
            foreach (char p in prefixes)
            {
                list.Add($"{p}-{typeList[t]}");
                typeOf.Add(t);
            }
        Names = [.. list];
        TypeIndex = [.. typeOf];
        TypeCount = typeList.Length;
        _index = Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        Allowed = new bool[(Count + 1) * Count];
        for (int prev = 0; prev <= Count; prev++)
            for (int cur = 0; cur < Count; cur++)
                Allowed[prev * Count + cur] = IsAllowed(prev < Count ? Names[prev] : null, Names[cur]);
        AllowedEnd = [.. Names.Select(n => !(scheme == TagScheme.Bilou && (n[0] is 'B' or 'I') && n.Length > 2))];
    }

    /// <summary>Labels of the types seen in a corpus's tags.</summary>
    public static NerLabels FromTags(IEnumerable<string> tags, TagScheme scheme = TagScheme.Bio) =>
        new(tags.Select(BioTags.TypeOf).Where(t => t is not null).Select(t => t!), scheme);

    /// <summary>The label set a model file lists (its scheme read from the names), or null if they are not in canonical order.</summary>
    public static NerLabels? FromNames(IReadOnlyList<string> names)
    {
        var scheme = names.Any(n => n.StartsWith("U-", StringComparison.Ordinal)) ? TagScheme.Bilou : TagScheme.Bio;
        var labels = new NerLabels(names.Where(BioTags.IsBegin).Select(n => n[2..]), scheme);
        return labels.Names.SequenceEqual(names) ? labels : null;
    }

    public TagScheme Scheme { get; }

    public string[] Names { get; }

    public int Count => Names.Length;

    /// <summary>Per label, the index of its entity type (−1 for O): the column of the weights its type's labels share.</summary>
    public int[] TypeIndex { get; }

    public int TypeCount { get; }

    /// <summary>Allowed[prev * Count + cur]; prev == Count stands for the sentence start.</summary>
    public bool[] Allowed { get; }

    /// <summary>Whether a sentence may end on each label (BILOU: not inside an open chunk).</summary>
    public bool[] AllowedEnd { get; }

    public IEnumerable<string> Types => Names.Where(BioTags.IsBegin).Select(n => n[2..]);

    /// <summary>Index of a tag; tags of unknown types read as O.</summary>
    public int IndexOf(string tag) => _index.TryGetValue(tag, out var i) ? i : 0;

    /// <summary>Label ids of a BIO tag sequence (repaired to IOB2 first); in BILOU, chunk ends become L- and one-token chunks U-.</summary>
    public int[] Encode(IReadOnlyList<string> bioTags)
    {
        var tags = BioTags.ToIob2(bioTags);
        var ids = new int[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (Scheme == TagScheme.Bilou && BioTags.TypeOf(tag) is { } type)
            {
                bool continues = i + 1 < tags.Length && BioTags.IsInside(tags[i + 1]) && BioTags.TypeOf(tags[i + 1]) == type;
                if (!continues) tag = (BioTags.IsBegin(tag) ? "U-" : "L-") + type;
            }
            ids[i] = IndexOf(tag);
        }
        return ids;
    }

    /// <summary>The BIO label set of the same types (this set itself when it is BIO).</summary>
    public NerLabels Bio => Scheme == TagScheme.Bio ? this : _bio ??= new NerLabels(Types, TagScheme.Bio);

    private NerLabels? _bio;

    /// <summary>Maps label ids of this scheme to ids of <see cref="Bio"/>: L- reads as I-, U- as B- (a decoded path is always well formed).</summary>
    public int[] ToBioIds(int[] path)
    {
        if (Scheme == TagScheme.Bio) return path;
        var bio = Bio;
        var result = new int[path.Length];
        for (int i = 0; i < path.Length; i++)
        {
            var name = Names[path[i]];
            result[i] = name[0] switch
            {
                'L' => bio.IndexOf("I-" + name[2..]),
                'U' => bio.IndexOf("B-" + name[2..]),
                _ => bio.IndexOf(name),
            };
        }
        return result;
    }

    private bool IsAllowed(string? prev, string cur)
    {
        var prevType = prev is null ? null : BioTags.TypeOf(prev);
        var curType = BioTags.TypeOf(cur);
        if (Scheme == TagScheme.Bio) return !BioTags.IsInside(cur) || (prevType is not null && prevType == curType);
        // BILOU: an open chunk (after B-/I-) must continue with I-/L- of its type; anything else starts after O, L-, U- or the start
        bool open = prev is not null && prev[0] is 'B' or 'I' && prevType is not null;
        bool continuing = cur[0] is 'I' or 'L' && curType is not null;
        return open ? continuing && prevType == curType : !continuing;
    }
}
