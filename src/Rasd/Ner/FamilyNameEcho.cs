namespace Rasd.Ner;

/// <summary>
/// A decoding step after the last pass: a word that ended a person name of two or more words elsewhere in the document
/// ("ياسر عرفات") is a person name where it stands alone ("قال عرفات"), also behind a proclitic ("لعرفات").
/// News names a person in full once and by family name after that; the tagger alone misses most of the later mentions
/// of names it never saw in training.
/// </summary>
internal static class FamilyNameEcho
{
    internal const string Proclitics = "وبلفك";

    // words that end names but are never names alone (على folds to علي, as in "محمد علي"): particles and prepositions
    // (data/name_stops.tsv), ordinals ("عبدالله الثاني") and number words
    private static readonly HashSet<string> NeverAlone = LoadNeverAlone();

    /// <summary>Whether a folded word is a particle, ordinal or number word: never a name by itself.</summary>
    internal static bool IsNeverAlone(string word) => NeverAlone.Contains(word);

    private static HashSet<string> LoadNeverAlone()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in new[] { "name_stops", "ordinal_words", "number_words" })
        {
            var t = Lexicons.TsvTable.LoadEmbedded(table);
            foreach (var row in t.Rows) words.Add(Text.ArabicFolding.FoldString(t.Cell(row, "word")));
        }
        return words;
    }

    /// <summary>Rewrites O tokens in place (label ids) within <paramref name="window"/> sentences of a full name ending in the same word.</summary>
    public static void Apply(IReadOnlyList<NerFeaturizer.Profile[]> profiles, int[][] tags, NerLabels labels, int window)
    {
        int outside = labels.IndexOf(BioTags.Outside), begin = labels.IndexOf("B-PER"), inside = labels.IndexOf("I-PER");
        if (begin == outside || inside == outside || labels.Names[begin] != "B-PER" || labels.Names[inside] != "I-PER") return;
        // the family names of the document: the last word of every 2+-word person span, with the sentences it ended one in
        var family = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int s = 0; s < tags.Length; s++)
            for (int t = 1; t < tags[s].Length; t++)
            {
                bool ends = tags[s][t] == inside && (t + 1 == tags[s].Length || tags[s][t + 1] != inside);
                var word = profiles[s][t].CoreKey;
                if (!ends || word.Length < 3) continue;
                if (!family.TryGetValue(word, out var at)) family[word] = at = [];
                if (at.Count == 0 || at[^1] != s) at.Add(s);
            }
        if (family.Count == 0) return;
        bool Near(string word, int s) =>
            family.TryGetValue(word, out var at) && at.Exists(x => Math.Abs((long)x - s) <= window);
        for (int s = 0; s < tags.Length; s++)
            for (int t = 0; t < tags[s].Length; t++)
            {
                // a lone word only: not beside another name, whose extent the tagger already chose
                if (tags[s][t] != outside || (t > 0 && tags[s][t - 1] != outside)) continue;
                if (t + 1 < tags[s].Length && labels.Names[tags[s][t + 1]][0] == 'I') continue;
                var word = profiles[s][t].CoreKey;
                if (word.Length < 3) continue;
                // the document's few family names first: most words are not one, and cost one lookup
                bool echo = Near(word, s) && !NeverAlone.Contains(word);
                if (!echo && word.Length > 4 && Proclitics.Contains(word[0]) && !NeverAlone.Contains(word))
                {
                    var bare = word[1..];
                    echo = Near(bare, s) && !NeverAlone.Contains(bare);
                }
                if (echo) tags[s][t] = begin;
            }
    }
}
