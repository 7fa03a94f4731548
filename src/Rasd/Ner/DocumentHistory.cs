using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// Non-local features for the second pass (Ratinov and Roth 2009, "prediction history"): for each word, the entity tags a
/// first-pass tagger gave the same word (same core or same stem) in other places within a window of sentences.
/// A name recognised once in an article then helps everywhere else it appears.
/// </summary>
internal static class DocumentHistory
{
    private const ulong TCore = 200, TStem = 201, TAgain = 202;

    /// <summary>Per sentence and token, the history feature hashes (null where there are none).</summary>
    public static List<ulong>?[][] Features(NerFeaturizer featurizer, IReadOnlyList<IReadOnlyList<Token>> sentences, IReadOnlyList<IReadOnlyList<string>> surfaces, IReadOnlyList<string[]> firstPass, int window)
    {
        var keys = sentences.Select((s, i) => s.Select((t, j) => featurizer.HistoryKeys(t, surfaces[i][j])).ToArray()).ToArray();
        // occurrences tagged as entities, by key: (sentence, token, tag)
        var tagged = new Dictionary<int, List<(int S, int T, string Tag)>>();
        for (int s = 0; s < sentences.Count; s++)
            for (int t = 0; t < keys[s].Length; t++)
            {
                var tag = firstPass[s][t];
                if (tag == BioTags.Outside || keys[s][t].Core < 0) continue;
                Add(tagged, keys[s][t].Core, (s, t, tag));
                if (keys[s][t].Stem >= 0) Add(tagged, keys[s][t].Stem, (s, t, tag));
            }
        var result = new List<ulong>?[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            result[s] = new List<ulong>?[keys[s].Length];
            for (int t = 0; t < keys[s].Length; t++)
            {
                var (core, stem) = keys[s][t];
                if (core < 0 || !sentences[s][t].IsWord) continue;
                List<ulong>? features = null;
                Collect(tagged, core, s, t, window, TCore, ref features);
                if (stem >= 0) Collect(tagged, stem, s, t, window, TStem, ref features);
                result[s][t] = features;
            }
        }
        return result;
    }

    private static void Add(Dictionary<int, List<(int, int, string)>> map, int key, (int, int, string) value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }

    private static void Collect(Dictionary<int, List<(int S, int T, string Tag)>> tagged, int key, int s, int t, int window, ulong template, ref List<ulong>? features)
    {
        if (!tagged.TryGetValue(key, out var list)) return;
        int count = 0;
        int first = features?.Count ?? 0;
        foreach (var o in list)
        {
            if (Math.Abs(o.S - s) > window || (o.S == s && o.T == t)) continue;
            count++;
            var h = FeatureHash.Mix(template, FeatureHash.Of(o.Tag));
            features ??= [];
            if (features.IndexOf(h, first) < 0) features.Add(h); // each tag once (lists are a handful long)
        }
        if (count >= 2) (features ??= []).Add(FeatureHash.Mix(TAgain, template));
    }
}
