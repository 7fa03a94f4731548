namespace Rasd.Ner;

/// <summary>
/// Non-local features for the second pass (Ratinov and Roth 2009, "prediction history"): for each word, the entity tags a
/// first-pass tagger gave the same word (same core or same stem) in other places within a window of sentences.
/// A name recognised once in an article then helps everywhere else it appears.
/// </summary>
internal static class DocumentHistory
{
    private const ulong TCore = 200, TStem = 201, TAgain = 202;

    /// <summary>Per sentence and token, the history feature hashes (null where there are none); first-pass tags are label ids.</summary>
    public static List<ulong>?[][] Features(IReadOnlyList<NerFeaturizer.Profile[]> profiles, IReadOnlyList<int[]> firstPass, NerLabels labels, int window)
    {
        // per label, the feature each template gives it (hashing the tag name keeps model files compatible)
        var coreTag = new ulong[labels.Count];
        var stemTag = new ulong[labels.Count];
        for (int k = 0; k < labels.Count; k++)
        {
            coreTag[k] = FeatureHash.Mix(TCore, FeatureHash.Of(labels.Names[k]));
            stemTag[k] = FeatureHash.Mix(TStem, FeatureHash.Of(labels.Names[k]));
        }
        // occurrences tagged as entities, by key, in sentence order: (sentence, token, label)
        var tagged = new Dictionary<int, List<(int S, int T, int Label)>>();
        for (int s = 0; s < profiles.Count; s++)
            for (int t = 0; t < profiles[s].Length; t++)
            {
                int label = firstPass[s][t];
                var p = profiles[s][t];
                if (label == 0 || p.HistCore < 0) continue;
                Add(tagged, p.HistCore, (s, t, label));
                if (p.HistStem >= 0) Add(tagged, p.HistStem, (s, t, label));
            }
        var result = new List<ulong>?[profiles.Count][];
        for (int s = 0; s < profiles.Count; s++)
        {
            result[s] = new List<ulong>?[profiles[s].Length];
            if (tagged.Count == 0) continue;
            for (int t = 0; t < profiles[s].Length; t++)
            {
                var p = profiles[s][t];
                if (p.HistCore < 0 || !p.IsWord) continue;
                List<ulong>? features = null;
                Collect(tagged, p.HistCore, s, t, window, coreTag, TCore, ref features);
                if (p.HistStem >= 0) Collect(tagged, p.HistStem, s, t, window, stemTag, TStem, ref features);
                result[s][t] = features;
            }
        }
        return result;
    }

    private static void Add(Dictionary<int, List<(int, int, int)>> map, int key, (int, int, int) value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static void Collect(Dictionary<int, List<(int S, int T, int Label)>> tagged, int key, int s, int t, int window, ulong[] tagFeature, ulong template, ref List<ulong>? features)
    {
        if (!tagged.TryGetValue(key, out var list)) return;
        int count = 0;
        int first = features?.Count ?? 0;
        // the list is in sentence order: start at the first occurrence inside the window
        int lo = 0, hi = list.Count;
        long from = (long)s - window;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (list[mid].S < from) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < list.Count; i++)
        {
            var o = list[i];
            if (o.S - (long)s > window) break;
            if (o.S == s && o.T == t) continue;
            count++;
            var h = tagFeature[o.Label];
            features ??= [];
            if (features.IndexOf(h, first) < 0) features.Add(h); // each tag once (lists are a handful long)
        }
        if (count >= 2) (features ??= []).Add(FeatureHash.Mix(TAgain, template));
    }
}
