namespace Rasd.Ner;

/// <summary>
/// Document consistency after the last pass (label ids of a BIO label set, rewritten in place): a word the tagger called a
/// one-word organisation or person somewhere in the document ("القاعدة", "الجزيرة", "عرفات") is that entity where it
/// stands alone tagged O within the window, also behind one proclitic. The tagger decides each occurrence alone and misses many of the later ones.
/// Places and MISC are not echoed: on held-out training sentences the echo did not help them.
/// </summary>
internal static class NameEcho
{
    /// <summary>The entity types whose one-word mentions are echoed.</summary>
    public static readonly string[] Types = ["ORG", "PER"];

    public static void Apply(IReadOnlyList<NerFeaturizer.Profile[]> profiles, int[][] tags, NerLabels labels, int window)
    {
        int outside = labels.IndexOf(BioTags.Outside);
        var echoed = labels.Names.Select(n => BioTags.IsBegin(n) && Types.Contains(n[2..])).ToArray();
        var inside = labels.Names.Select(BioTags.IsInside).ToArray();
        // the one-word entities of the document: word → (sentence, B- label) in sentence order
        var found = new Dictionary<string, List<(int S, int Label)>>(StringComparer.Ordinal);
        for (int s = 0; s < tags.Length; s++)
        {
            var row = tags[s];
            for (int t = 0; t < row.Length; t++)
            {
                if (!echoed[row[t]] || (t + 1 < row.Length && inside[row[t + 1]])) continue;
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
                var word = profiles[s][t].CoreKey;
                if (found.TryGetValue(word, out var at) && Agreed(at, s, window) is { } label) row[t] = label;
                // behind one proclitic ("وحماس" after "حماس"), as the family-name echo does
                else if (word.Length > 4 && FamilyNameEcho.Proclitics.Contains(word[0]) && !FamilyNameEcho.IsNeverAlone(word)
                    && found.TryGetValue(word[1..], out at) && Agreed(at, s, window) is { } bare) row[t] = bare;
            }
        }
    }

    /// <summary>The label of the occurrences within the window, if there are some and they agree on it.</summary>
    private static int? Agreed(List<(int S, int Label)> at, int s, int window)
    {
        // the list is in sentence order: start at the first occurrence inside the window (a corpus is one long "document")
        int lo = 0, hi = at.Count;
        long from = (long)s - window;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (at[mid].S < from) lo = mid + 1; else hi = mid;
        }
        int? label = null;
        for (int i = lo; i < at.Count && at[i].S - (long)s <= window; i++)
        {
            if (label is not null && label != at[i].Label) return null;
            label = at[i].Label;
        }
        return label;
    }
}
