namespace Rasd.Ner;

/// <summary>
/// Document consistency after the last pass (label ids of a BIO label set, rewritten in place): a word the tagger called a
/// one-word organisation or person somewhere in the document ("القاعدة", "الجزيرة", "عرفات") is that entity where it
/// stands alone tagged O within the window. The tagger decides each occurrence alone and misses many of the later ones.
/// Places and MISC are not echoed: on held-out training sentences the echo did not help them.
/// </summary>
internal static class NameEcho
{
    /// <summary>The entity types whose one-word mentions are echoed.</summary>
    public static readonly string[] Types = ["ORG", "PER"];

    public static void Apply(IReadOnlyList<NerFeaturizer.Profile[]> profiles, int[][] tags, NerLabels labels, int window)
    {
        int outside = labels.IndexOf(BioTags.Outside);
        // the one-word entities of the document: word → (sentence, B- label) in sentence order
        var found = new Dictionary<string, List<(int S, int Label)>>(StringComparer.Ordinal);
        for (int s = 0; s < tags.Length; s++)
        {
            var row = tags[s];
            for (int t = 0; t < row.Length; t++)
            {
                var name = labels.Names[row[t]];
                if (!BioTags.IsBegin(name) || !Types.Contains(name[2..])) continue;
                if (t + 1 < row.Length && BioTags.IsInside(labels.Names[row[t + 1]])) continue;
                var word = profiles[s][t].CoreKey;
                if (word.Length < 3 || FamilyNameEcho.IsNeverAlone(word)) continue;
                if (!found.TryGetValue(word, out var at)) found[word] = at = [];
                at.Add((s, row[t]));
            }
        }
        if (found.Count == 0) return;
        for (int s = 0; s < tags.Length; s++)
        {
            var row = tags[s];
            for (int t = 0; t < row.Length; t++)
            {
                // a lone word only: not beside another name, whose extent the tagger already chose
                if (row[t] != outside || (t > 0 && row[t - 1] != outside) || (t + 1 < row.Length && row[t + 1] != outside)) continue;
                if (!found.TryGetValue(profiles[s][t].CoreKey, out var at)) continue;
                if (Agreed(at, s, window) is { } label) row[t] = label;
            }
        }
    }

    /// <summary>The label of the occurrences within the window, if there are some and they agree on it.</summary>
    private static int? Agreed(List<(int S, int Label)> at, int s, int window)
    {
        int? label = null;
        foreach (var (o, l) in at)
        {
            if (Math.Abs((long)o - s) > window) continue;
            if (label is not null && label != l) return null;
            label = l;
        }
        return label;
    }
}
