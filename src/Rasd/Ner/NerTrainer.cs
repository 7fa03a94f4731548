using System.Diagnostics;

namespace Rasd.Ner;

/// <summary>
/// Trains an averaged structured perceptron (Collins 2002) over BIO tags. Averaging uses the Daumé trick:
/// alongside the weights w keep u += c·Δ at step c, and the average is w − u/c, so each update costs O(features), never O(weights).
/// </summary>
public sealed class NerTrainer
{
    private readonly NerTrainerOptions _options;
    private readonly Action<string> _log;

    public NerTrainer(NerTrainerOptions? options = null, Action<string>? log = null)
    {
        _options = options ?? new NerTrainerOptions();
        _log = log ?? (_ => { });
    }

    public NerModel Train(IReadOnlyList<NerSentence> train, IReadOnlyList<NerSentence>? dev = null, WordClusters? clusters = null, NerGazetteer? gazetteer = null)
    {
        var watch = Stopwatch.StartNew();
        clusters ??= WordClusters.Empty;
        gazetteer ??= NerGazetteer.Empty;
        var labels = NerLabels.FromTags(train.SelectMany(s => s.Tags));
        int l = labels.Count, bits = _options.Bits;
        var w = new float[(1 << bits) * l];
        var u = new double[w.Length];
        var tw = new float[(l + 1) * l];
        var tu = new double[tw.Length];
        // an empty-weight model only to featurise with the final settings (the featurizer does not read weights)
        var shell = new NerModel(labels, _options.Groups, bits, w, tw, clusters, gazetteer);
        var data = train.Where(s => s.Count > 0)
            .Select(s => (Features: shell.Featurizer.Featurize(CorpusTokens.From(s.Tokens), s.Tokens), Gold: BioTags.ToIob2(s.Tags).Select(labels.IndexOf).ToArray()))
            .ToList();
        _log($"featurised {data.Count} sentences, {data.Sum(d => d.Gold.Length)} tokens, {l} labels in {watch.Elapsed.TotalSeconds:F1}s");

        var order = Enumerable.Range(0, data.Count).ToArray();
        var rng = new Random(_options.Seed);
        double c = 1;
        NerModel? best = null;
        double bestF1 = -1;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0;
            foreach (int idx in order)
            {
                var (features, gold) = data[idx];
                var pred = Viterbi.Decode(features, w, tw, labels);
                if (!pred.AsSpan().SequenceEqual(gold))
                {
                    mistakes++;
                    Update(features, gold, pred, w, u, tw, tu, l, c);
                }
                c++;
            }
            var line = $"epoch {epoch}: {mistakes} sentences wrong";
            if (dev is not null || epoch == _options.Epochs)
            {
                var model = Averaged(labels, bits, w, u, tw, tu, c, clusters, gazetteer);
                if (dev is not null)
                {
                    var f1 = NerEvaluator.Evaluate(model, dev).F1;
                    line += $", dev F1 {f1:F2}";
                    if (f1 > bestF1) { bestF1 = f1; best = model; }
                }
                else best = model;
            }
            _log($"{line} ({watch.Elapsed.TotalSeconds:F1}s)");
        }
        return best!;
    }

    private static void Update(FeatureSequence features, int[] gold, int[] pred, float[] w, double[] u, float[] tw, double[] tu, int l, double c)
    {
        for (int i = 0; i < gold.Length; i++)
        {
            int g = gold[i], p = pred[i];
            int gPrev = i == 0 ? l : gold[i - 1], pPrev = i == 0 ? l : pred[i - 1];
            if (g != p)
            {
                foreach (int f in features.Of(i))
                {
                    w[f * l + g] += 1; u[f * l + g] += c;
                    w[f * l + p] -= 1; u[f * l + p] -= c;
                }
            }
            if (g != p || gPrev != pPrev)
            {
                tw[gPrev * l + g] += 1; tu[gPrev * l + g] += c;
                tw[pPrev * l + p] -= 1; tu[pPrev * l + p] -= c;
            }
        }
    }

    private NerModel Averaged(NerLabels labels, int bits, float[] w, double[] u, float[] tw, double[] tu, double c, WordClusters clusters, NerGazetteer gazetteer)
    {
        var aw = new float[w.Length];
        for (int i = 0; i < w.Length; i++) aw[i] = (float)(w[i] - u[i] / c);
        var atw = new float[tw.Length];
        for (int i = 0; i < tw.Length; i++) atw[i] = (float)(tw[i] - tu[i] / c);
        return new NerModel(labels, _options.Groups, bits, aw, atw, clusters, gazetteer);
    }
}
