using System.IO.Compression;
using System.Text;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// A trained BIO or BILOU tagger (it always answers in BIO): averaged perceptron weights over hashed features, a label-transition matrix, and the
/// clusters and gazetteer it was trained with (so a model file is self-contained). Decodes with constrained Viterbi.
/// </summary>
public sealed class NerModel
{
    public const int FormatVersion = 2;

    /// <summary>The oldest format version this build still reads (version 1 has no name-likeness models).</summary>
    public const int OldestFormatVersion = 1;
    private static readonly byte[] Magic = "RASDNER\0"u8.ToArray();

    /// <summary>How many sentences either side count as "the same document" when a corpus has no document breaks.</summary>
    public const int CorpusHistoryWindow = 10;

    public NerModel(NerLabels labels, NerFeatureGroups groups, int bits, float[] emission, float[] transition, WordClusters clusters, NerGazetteer gazetteer,
        float[]? secondEmission = null, float[]? secondTransition = null, NameLikeness? likeness = null)
    {
        foreach (var e in new[] { emission, secondEmission })
            if (e is not null && e.Length != (1 << bits) * labels.Count) throw new ArgumentException("emission size does not match bits and labels");
        foreach (var t in new[] { transition, secondTransition })
            if (t is not null && t.Length != (labels.Count + 1) * labels.Count) throw new ArgumentException("transition size does not match labels");
        if ((secondEmission is null) != (secondTransition is null)) throw new ArgumentException("the second pass needs both weight tables");
        Labels = labels;
        Groups = groups;
        Bits = bits;
        Emission = emission;
        Transition = transition;
        SecondEmission = secondEmission;
        SecondTransition = secondTransition;
        Clusters = clusters;
        Gazetteer = gazetteer;
        Likeness = likeness ?? NameLikeness.Empty;
        Featurizer = new NerFeaturizer(groups & ~NerFeatureGroups.History, bits, clusters, gazetteer, Likeness);
    }

    public NerLabels Labels { get; }

    /// <summary>
    /// The same model with the O score of its final pass lowered by <paramref name="offset"/> on every token: the offset goes
    /// into the weight row of the bias feature, which every token has, so tagging cost and file format are unchanged.
    /// </summary>
    public NerModel WithOutsideOffset(float offset)
    {
        var last = (float[])(SecondEmission ?? Emission).Clone();
        last[NerFeaturizer.BiasBucket(Bits) * Labels.Count + Labels.IndexOf(BioTags.Outside)] -= offset;
        return SecondEmission is null
            ? new NerModel(Labels, Groups, Bits, last, Transition, Clusters, Gazetteer, likeness: Likeness)
            : new NerModel(Labels, Groups, Bits, Emission, Transition, Clusters, Gazetteer, last, SecondTransition, Likeness);
    }

    public NerFeatureGroups Groups { get; }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Emission weights, bucket * labels + label.</summary>
    public float[] Emission { get; }

    /// <summary>Transition weights, prev * labels + cur; prev == labels is the sentence start.</summary>
    public float[] Transition { get; }

    /// <summary>Second-pass weights (first-pass features plus document history), or null for a one-pass model.</summary>
    public float[]? SecondEmission { get; }

    public float[]? SecondTransition { get; }

    public WordClusters Clusters { get; }

    public NerGazetteer Gazetteer { get; }

    /// <summary>The character models of the name-likeness features (empty when the model has none).</summary>
    public NameLikeness Likeness { get; }

    public NerFeaturizer Featurizer { get; }

    /// <summary>Tags one sentence of pre-tokenised corpus tokens (no document context).</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => Tag(CorpusTokens.From(tokens), tokens);

    /// <summary>Tags one sentence of Rasd tokens, given their surface forms (no document context).</summary>
    public string[] Tag(IReadOnlyList<Token> tokens, IReadOnlyList<string> surfaces) => TagDocument([tokens], [surfaces], 0)[0];

    /// <summary>Tags a run of corpus sentences; the second pass sees other sentences up to <paramref name="window"/> away.</summary>
    public string[][] TagCorpus(IReadOnlyList<NerSentence> sentences, int window = CorpusHistoryWindow) =>
        TagDocument(sentences.Select(s => (IReadOnlyList<Token>)CorpusTokens.From(s.Tokens)).ToList(), sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList(), window);

    /// <summary>Tags the sentences of a document: first pass per sentence, then (two-pass models) again with document history.</summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<Token>> sentences, IReadOnlyList<IReadOnlyList<string>> surfaces, int window = int.MaxValue)
    {
        var first = new int[sentences.Count][];
        var features = new FeatureSequence[sentences.Count];
        var profiles = new NerFeaturizer.Profile[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            features[s] = Featurizer.Featurize(sentences[s], surfaces[s], false, out profiles[s]);
            first[s] = Decode(features[s], profiles[s], Emission, Transition, 0);
        }
        var last = first;
        if (SecondEmission is not null && SecondTransition is not null)
        {
            var history = DocumentHistory.Features(profiles, [.. first.Select(Labels.ToBioIds)], Labels.Bio, window);
            last = new int[sentences.Count][];
            for (int s = 0; s < sentences.Count; s++)
                last[s] = Decode(features[s].WithExtra(history[s], Bits), profiles[s], SecondEmission, SecondTransition, 1);
        }
        var bio = last.Select(Labels.ToBioIds).ToArray();
        if ((Groups & NerFeatureGroups.FamilyNames) != 0) FamilyNameEcho.Apply(profiles, bio, Labels.Bio, window);
        if ((Groups & NerFeatureGroups.NameEcho) != 0) NameEcho.Apply(profiles, bio, Labels.Bio, window);
        return [.. bio.Select(Names)];
    }

    [ThreadStatic] private static float[]? _em;

    /// <summary>Viterbi over emission scores: each word's cached own-feature sum plus its sentence-dependent features.</summary>
    private int[] Decode(FeatureSequence features, NerFeaturizer.Profile[] profiles, float[] emission, float[] transition, int pass)
    {
        int n = features.Length, l = Labels.Count;
        var em = Viterbi.Scratch(ref _em, n * l);
        for (int i = 0; i < n; i++)
        {
            var row = em.Slice(i * l, l);
            Sum(profiles[i], 0, profiles[i].Own, emission, pass).CopyTo(row);
            for (int d = -2; d <= 2; d++)
            {
                int j = i + d;
                if (d == 0 || j < 0 || j >= n) continue;
                var q = profiles[j];
                int slot = d < 0 ? d + 3 : d + 2;
                var sum = q.Sums[pass * 5 + slot] ?? Sum(q, slot, Featurizer.NeighbourIds(q, d), emission, pass);
                Viterbi.AddRow(row, sum);
            }
            Viterbi.Add(features.Of(i), emission, row);
        }
        return Viterbi.Decode(em, n, transition, Labels);
    }

    /// <summary>The cached sum of a word's emission rows for one slot and pass (a benign race may compute it twice).</summary>
    private float[] Sum(NerFeaturizer.Profile p, int slot, int[] ids, float[] emission, int pass)
    {
        if (p.Sums[pass * 5 + slot] is { } cached) return cached;
        var sum = new float[Labels.Count];
        Viterbi.Add(ids, emission, sum);
        p.Sums[pass * 5 + slot] = sum;
        return sum;
    }

    private string[] Names(int[] path)
    {
        var tags = new string[path.Length];
        for (int i = 0; i < path.Length; i++) tags[i] = Labels.Bio.Names[path[i]];
        return tags;
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Writes the compact binary form: magic, version, then a gzip body (only non-zero weight rows).</summary>
    public void Save(Stream stream)
    {
        stream.Write(Magic);
        stream.Write(BitConverter.GetBytes(FormatVersion));
        using var gz = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write((int)Groups);
        w.Write(Bits);
        w.Write(Labels.Count);
        foreach (var n in Labels.Names) w.Write(n);
        WriteWeights(w, Emission, Transition);
        w.Write(SecondEmission is not null);
        if (SecondEmission is not null && SecondTransition is not null) WriteWeights(w, SecondEmission, SecondTransition);
        var clusters = Clusters.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        w.Write(clusters.Count);
        foreach (var (word, c) in clusters)
        {
            w.Write(word);
            w.Write(c.Coarse);
            w.Write(c.Mid);
            w.Write(c.Fine);
        }
        w.Write(Gazetteer.Entries.Count);
        foreach (var e in Gazetteer.Entries)
        {
            w.Write(e.Category);
            w.Write(e.Phrase);
        }
        // version 2: the words of each name-likeness class (the character models are rebuilt from them on load)
        var classes = Likeness.WordsByClass.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        w.Write(classes.Count);
        foreach (var (name, words) in classes)
        {
            w.Write(name);
            w.Write(words.Count);
            foreach (var word in words) w.Write(word);
        }
    }

    private void WriteWeights(BinaryWriter w, float[] emission, float[] transition)
    {
        foreach (var t in transition) w.Write(t);
        int l = Labels.Count, rows = 1 << Bits, nonZero = 0;
        for (int b = 0; b < rows; b++) if (RowNonZero(emission, b, l)) nonZero++;
        w.Write(nonZero);
        for (int b = 0; b < rows; b++)
        {
            if (!RowNonZero(emission, b, l)) continue;
            w.Write(b);
            for (int k = 0; k < l; k++) w.Write(emission[b * l + k]);
        }
    }

    private static bool RowNonZero(float[] emission, int bucket, int l)
    {
        for (int k = 0; k < l; k++) if (emission[bucket * l + k] != 0f) return true;
        return false;
    }

    private static (float[] Emission, float[] Transition) ReadWeights(BinaryReader r, int bits, int l)
    {
        var transition = new float[(l + 1) * l];
        for (int i = 0; i < transition.Length; i++) transition[i] = r.ReadSingle();
        var emission = new float[(1 << bits) * l];
        int rows = r.ReadInt32();
        for (int i = 0; i < rows; i++)
        {
            int b = r.ReadInt32();
            if (b < 0 || b >= 1 << bits) throw new InvalidDataException($"NER model: bucket {b} out of range");
            for (int k = 0; k < l; k++) emission[b * l + k] = r.ReadSingle();
        }
        return (emission, transition);
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"NER model not found: {path}", path);
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static NerModel Load(Stream stream)
    {
        var head = new byte[Magic.Length + 4];
        stream.ReadExactly(head);
        if (!head.AsSpan(0, Magic.Length).SequenceEqual(Magic)) throw new InvalidDataException("not a Rasd NER model (bad magic)");
        int version = BitConverter.ToInt32(head, Magic.Length);
        if (version is < OldestFormatVersion or > FormatVersion) throw new InvalidDataException($"NER model format version {version}; this build reads versions {OldestFormatVersion}–{FormatVersion}");
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
        var groups = (NerFeatureGroups)r.ReadInt32();
        int bits = r.ReadInt32();
        if (bits is < 8 or > 26) throw new InvalidDataException($"NER model: implausible bucket bits {bits}");
        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        var labels = NerLabels.FromNames(names) ?? throw new InvalidDataException("NER model: label list is not in canonical order");
        int l = labels.Count;
        var (emission, transition) = ReadWeights(r, bits, l);
        (float[] Emission, float[] Transition)? second = r.ReadBoolean() ? ReadWeights(r, bits, l) : null;
        var clusters = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        int nc = r.ReadInt32();
        for (int i = 0; i < nc; i++) clusters[r.ReadString()] = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        var entries = new GazetteerEntry[r.ReadInt32()];
        for (int i = 0; i < entries.Length; i++) entries[i] = new GazetteerEntry(r.ReadString(), r.ReadString());
        var likeness = NameLikeness.Empty;
        if (version >= 2)
        {
            var classes = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
            int count = r.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                var name = r.ReadString();
                var words = new string[r.ReadInt32()];
                for (int j = 0; j < words.Length; j++) words[j] = r.ReadString();
                classes[name] = words;
            }
            if (classes.Count > 0) likeness = new NameLikeness(classes);
        }
        return new NerModel(labels, groups, bits, emission, transition, new WordClusters(clusters), new NerGazetteer(entries), second?.Emission, second?.Transition, likeness);
    }
}
