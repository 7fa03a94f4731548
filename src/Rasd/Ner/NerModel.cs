using System.IO.Compression;
using System.Text;
using Rasd.Text;

namespace Rasd.Ner;

/// <summary>
/// A trained BIO tagger: averaged perceptron weights over hashed features, a label-transition matrix, and the
/// clusters and gazetteer it was trained with (so a model file is self-contained). Decodes with constrained Viterbi.
/// </summary>
public sealed class NerModel
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "RASDNER\0"u8.ToArray();

    public NerModel(NerLabels labels, NerFeatureGroups groups, int bits, float[] emission, float[] transition, WordClusters clusters, NerGazetteer gazetteer)
    {
        if (emission.Length != (1 << bits) * labels.Count) throw new ArgumentException("emission size does not match bits and labels");
        if (transition.Length != (labels.Count + 1) * labels.Count) throw new ArgumentException("transition size does not match labels");
        Labels = labels;
        Groups = groups;
        Bits = bits;
        Emission = emission;
        Transition = transition;
        Clusters = clusters;
        Gazetteer = gazetteer;
        Featurizer = new NerFeaturizer(groups, bits, clusters, gazetteer);
    }

    public NerLabels Labels { get; }

    public NerFeatureGroups Groups { get; }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Emission weights, bucket * labels + label.</summary>
    public float[] Emission { get; }

    /// <summary>Transition weights, prev * labels + cur; prev == labels is the sentence start.</summary>
    public float[] Transition { get; }

    public WordClusters Clusters { get; }

    public NerGazetteer Gazetteer { get; }

    public NerFeaturizer Featurizer { get; }

    /// <summary>Tags pre-tokenised corpus tokens.</summary>
    public string[] Tag(IReadOnlyList<string> tokens) => Tag(CorpusTokens.From(tokens), tokens);

    /// <summary>Tags Rasd tokens, given their surface forms.</summary>
    public string[] Tag(IReadOnlyList<Token> tokens, IReadOnlyList<string> surfaces)
    {
        if (tokens.Count == 0) return [];
        var path = Decode(Featurizer.Featurize(tokens, surfaces));
        var tags = new string[path.Length];
        for (int i = 0; i < path.Length; i++) tags[i] = Labels.Names[path[i]];
        return tags;
    }

    /// <summary>Best label path under the BIO constraints.</summary>
    public int[] Decode(FeatureSequence features) => Viterbi.Decode(features, Emission, Transition, Labels);

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
        foreach (var t in Transition) w.Write(t);
        int l = Labels.Count, rows = 1 << Bits, nonZero = 0;
        for (int b = 0; b < rows; b++) if (RowNonZero(b)) nonZero++;
        w.Write(nonZero);
        for (int b = 0; b < rows; b++)
        {
            if (!RowNonZero(b)) continue;
            w.Write(b);
            for (int k = 0; k < l; k++) w.Write(Emission[b * l + k]);
        }
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
    }

    private bool RowNonZero(int bucket)
    {
        int l = Labels.Count;
        for (int k = 0; k < l; k++) if (Emission[bucket * l + k] != 0f) return true;
        return false;
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
        if (version != FormatVersion) throw new InvalidDataException($"NER model format version {version}; this build reads version {FormatVersion}");
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
        var groups = (NerFeatureGroups)r.ReadInt32();
        int bits = r.ReadInt32();
        if (bits is < 8 or > 26) throw new InvalidDataException($"NER model: implausible bucket bits {bits}");
        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        var labels = new NerLabels(names.Where(BioTags.IsBegin).Select(n => n[2..]));
        if (!labels.Names.SequenceEqual(names)) throw new InvalidDataException("NER model: label list is not in canonical order");
        int l = labels.Count;
        var transition = new float[(l + 1) * l];
        for (int i = 0; i < transition.Length; i++) transition[i] = r.ReadSingle();
        var emission = new float[(1 << bits) * l];
        int rows = r.ReadInt32();
        for (int i = 0; i < rows; i++)
        {
            int b = r.ReadInt32();
            for (int k = 0; k < l; k++) emission[b * l + k] = r.ReadSingle();
        }
        var clusters = new Dictionary<string, (int, int, int)>(StringComparer.Ordinal);
        int nc = r.ReadInt32();
        for (int i = 0; i < nc; i++) clusters[r.ReadString()] = (r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        var entries = new GazetteerEntry[r.ReadInt32()];
        for (int i = 0; i < entries.Length; i++) entries[i] = new GazetteerEntry(r.ReadString(), r.ReadString());
        return new NerModel(labels, groups, bits, emission, transition, new WordClusters(clusters), new NerGazetteer(entries));
    }
}
